import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';

interface UserBody {
  id: string;
  username: string;
  role: 'admin' | 'tenant';
  tenantId: string | null;
  disabled: boolean;
}

describe('user administration: /users', () => {
  let t: TestApp;
  let db: Database;
  let root: SeededUser;
  let tenantUser: SeededUser;
  let rootJwt: string;

  const as = () => ({ Authorization: `Bearer ${rootJwt}` });
  const createUser = (body: object) => t.http().post('/api/v1/users').set(as()).send(body);

  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    root = await seedUser(t.app, 'root', 'admin');
    tenantUser = await seedUser(t.app, 'bob', 'tenant');
    rootJwt = await logInAs(t, root);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a tenant user who can then log in as that tenant; the hash never leaves', async () => {
    const res = await createUser({
      username: 'bob2',
      password: 'bob2-password-123',
      role: 'tenant',
      tenantId: tenantUser.tenantId,
    }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      username: 'bob2',
      role: 'tenant',
      tenantId: tenantUser.tenantId,
      disabled: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const jwt = await logInAs(t, { id: '', username: 'bob2', password: 'bob2-password-123', tenantId: null });
    const me = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${jwt}`).expect(200);
    expect(me.body).toMatchObject({ role: 'tenant', tenantId: tenantUser.tenantId });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: 'user.create', targetId: res.body.id },
    });
    expect(event.actorUserId).toBe(root.id);
    expect(JSON.stringify(event)).not.toContain('argon2');
  });

  it.each([
    ['a tenant user without tenantId', { role: 'tenant' }],
    ['an admin with a tenantId', { role: 'admin', tenantId: 'some-tenant' }],
    ['a short password', { role: 'admin', password: 'short' }],
    ['an unknown field', { role: 'admin', email: 'x@example.com' }],
  ])('refuses %s with 400', async (_case, overrides) => {
    const res = await createUser({
      username: 'x-user',
      password: 'long-enough-password',
      ...overrides,
    }).expect(400);
    expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:request-invalid' });
  });

  it('refuses a tenantId naming no tenant with 422, storing nothing', async () => {
    const res = await createUser({
      username: 'ghost',
      password: 'ghost-password-123',
      role: 'tenant',
      tenantId: 'no-such-tenant',
    }).expect(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ code: 'TENANT_NOT_FOUND', path: '/tenantId' }),
    ]);
    expect(await db.user.count({ where: { username: 'ghost' } })).toBe(0);
  });

  it('refuses a taken username with 409', async () => {
    await createUser({ username: 'bob', password: 'another-password', role: 'admin' }).expect(409);
  });

  it('lists with pagination and ?username=', async () => {
    const first = await t.http().get('/api/v1/users?limit=1').set(as()).expect(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const next = await t
      .http()
      .get(`/api/v1/users?limit=1&cursor=${first.body.nextCursor}`)
      .set(as())
      .expect(200);
    expect(next.body.items[0].id).not.toBe(first.body.items[0].id);
    const filtered = await t.http().get('/api/v1/users?username=bob').set(as()).expect(200);
    expect((filtered.body.items as UserBody[]).map((u) => u.username)).toEqual(['bob']);
  });

  it('gets, changes the password, disables and deletes a user', async () => {
    const created = (
      await createUser({ username: 'erin', password: 'erin-password-123', role: 'admin' }).expect(201)
    ).body as UserBody;
    await t.http().get(`/api/v1/users/${created.id}`).set(as()).expect(200);
    await t
      .http()
      .patch(`/api/v1/users/${created.id}`)
      .set(as())
      .send({ password: 'erin-new-password' })
      .expect(200);
    const erin = { id: created.id, username: 'erin', password: 'erin-new-password', tenantId: null };
    const erinJwt = await logInAs(t, erin);
    const disabled = await t
      .http()
      .patch(`/api/v1/users/${created.id}`)
      .set(as())
      .send({ disabled: true })
      .expect(200);
    expect(disabled.body.disabled).toBe(true);
    await t.http().get('/api/v1/me').set('Authorization', `Bearer ${erinJwt}`).expect(401);
    await t.http().delete(`/api/v1/users/${created.id}`).set(as()).expect(204);
    await t.http().get(`/api/v1/users/${created.id}`).set(as()).expect(404);
    const actions = (
      await db.auditEvent.findMany({ where: { targetId: created.id }, orderBy: { createdAt: 'asc' } })
    ).map((e) => e.action);
    expect(actions).toEqual(['user.create', 'user.update', 'user.update', 'user.delete']);
  });

  it('changes role and tenant consistently', async () => {
    const created = (
      await createUser({ username: 'frank', password: 'frank-password-123', role: 'admin' }).expect(201)
    ).body as UserBody;
    const toTenantWithout = await t
      .http()
      .patch(`/api/v1/users/${created.id}`)
      .set(as())
      .send({ role: 'tenant' });
    expect(toTenantWithout.status).toBe(422);
    expect(toTenantWithout.body.errors).toEqual([expect.objectContaining({ code: 'TENANT_REQUIRED' })]);
    const asTenant = await t
      .http()
      .patch(`/api/v1/users/${created.id}`)
      .set(as())
      .send({ role: 'tenant', tenantId: tenantUser.tenantId })
      .expect(200);
    expect(asTenant.body).toMatchObject({ role: 'tenant', tenantId: tenantUser.tenantId });
    const backToAdmin = await t
      .http()
      .patch(`/api/v1/users/${created.id}`)
      .set(as())
      .send({ role: 'admin' })
      .expect(200);
    expect(backToAdmin.body).toMatchObject({ role: 'admin', tenantId: null });
  });

  it('refuses an unknown id with 404', async () => {
    await t.http().patch('/api/v1/users/no-such-user').set(as()).send({ disabled: true }).expect(404);
    await t.http().delete('/api/v1/users/no-such-user').set(as()).expect(404);
  });
});
