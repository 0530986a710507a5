import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { eventually } from '#test-support/eventually.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';

describe('POST /api/v1/auth/login and GET /api/v1/me', () => {
  let t: TestApp;
  let admin: SeededUser;
  let tenantUser: SeededUser;
  beforeAll(async () => {
    t = await startApp({ env: { JWT_TTL_SECONDS: '600' } });
    admin = await seedUser(t.app, 'alice', 'admin');
    tenantUser = await seedUser(t.app, 'bob', 'tenant');
  });
  afterAll(async () => {
    await t.close();
  });

  it('logs in with the right password and answers a bearer token', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'alice', password: admin.password })
      .expect(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 600 });
  });

  it('stores passwords as argon2id hashes', async () => {
    const row = await t.app.get<Database>(DATABASE).user.findUniqueOrThrow({ where: { username: 'alice' } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    ['a wrong password', 'alice', 'not-the-password'],
    ['an unknown user', 'mallory', 'whatever-password'],
  ])('answers 401 problem for %s, the same either way', async (_case, username, password) => {
    const res = await t.http().post('/api/v1/auth/login').send({ username, password }).expect(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:invalid-credentials', status: 401 });
    expect(res.body.detail).toBe('The username or password is wrong.');
  });

  it('/me answers the principal of the token', async () => {
    const adminToken = await logInAs(t, admin);
    await t
      .http()
      .get('/api/v1/me')
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200, { id: admin.id, username: 'alice', role: 'admin', tenantId: null });
    const tenantToken = await logInAs(t, tenantUser);
    const res = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${tenantToken}`).expect(200);
    expect(res.body).toEqual({
      id: tenantUser.id,
      username: 'bob',
      role: 'tenant',
      tenantId: tenantUser.tenantId,
    });
  });

  it.each([
    ['no Authorization header', undefined],
    ['a garbage token', 'Bearer not.a.jwt'],
    [
      'a token signed with another secret',
      'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4IiwianRpIjoieSJ9.c2lnbmF0dXJl',
    ],
  ])('/me answers 401 problem with %s', async (_case, authorization) => {
    const req = t.http().get('/api/v1/me');
    if (authorization) req.set('Authorization', authorization);
    const res = await req.expect(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:unauthenticated', status: 401 });
  });

  it('refuses the token of a user disabled after login, even when the change bypassed the API', async () => {
    const carol = await seedUser(t.app, 'carol', 'admin');
    const token = await logInAs(t, carol);
    await t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(200);
    // A direct SQL change reaches the principal cache through the users table's NOTIFY trigger (ADR 0005):
    // milliseconds, not "the very next request" (changes made through the API invalidate synchronously).
    await t.app.get<Database>(DATABASE).user.update({ where: { id: carol.id }, data: { disabled: true } });
    await eventually(async () => {
      const res = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`);
      return res.status === 401 ? true : undefined;
    });
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'carol', password: carol.password })
      .expect(401);
  });
});
