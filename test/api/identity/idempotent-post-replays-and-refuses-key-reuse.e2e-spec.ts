import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { eventually } from '#test-support/eventually.js';

describe('Idempotency-Key on POST', () => {
  let t: TestApp;
  let db: Database;
  let alice: SeededUser;
  let aliceJwt: string;
  let bobJwt: string;

  const postToken = (jwt: string, key: string | undefined, body: object | string) => {
    const req = t.http().post('/api/v1/auth/tokens').set('Authorization', `Bearer ${jwt}`);
    if (key !== undefined) req.set('Idempotency-Key', key);
    if (typeof body === 'string') req.set('Content-Type', 'application/json');
    return req.send(body);
  };
  const tokenCount = (name: string) => db.apiToken.count({ where: { name } });

  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    alice = await seedUser(t.app, 'alice', 'admin');
    aliceJwt = await logInAs(t, alice);
    bobJwt = await logInAs(t, await seedUser(t.app, 'bob', 'tenant'));
  });
  afterAll(async () => {
    await t.close();
  });

  it('replays the first response (status and body) for the same key and body, creating once', async () => {
    const first = await postToken(aliceJwt, 'key-replay', { name: 'replayed' }).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const second = await postToken(aliceJwt, 'key-replay', { name: 'replayed' }).expect(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    // Even the once-only secret: the retrying script must get the token the first call made.
    expect(second.body).toEqual(first.body);
    expect(await tokenCount('replayed')).toBe(1);
  });

  it('keeps the stored response sealed: neither the token nor the raw key is in the database', async () => {
    const first = await postToken(aliceJwt, 'key-sealed', { name: 'sealed' }).expect(201);
    const rows = await db.idempotencyKey.findMany();
    expect(rows.length).toBeGreaterThan(0);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain((first.body as { token: string }).token.slice(-43));
    expect(dump).not.toContain('key-sealed');
  });

  it('treats a body with its keys in another order as the same request', async () => {
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const first = await postToken(
      aliceJwt,
      'key-order',
      `{"name":"ordered","expiresAt":"${expiresAt}"}`,
    ).expect(201);
    const second = await postToken(
      aliceJwt,
      'key-order',
      `{"expiresAt":"${expiresAt}","name":"ordered"}`,
    ).expect(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.id).toBe(first.body.id);
  });

  it('refuses the same key with another body: 422 IDEMPOTENCY_KEY_REUSED, nothing created', async () => {
    await postToken(aliceJwt, 'key-reused', { name: 'original' }).expect(201);
    const res = await postToken(aliceJwt, 'key-reused', { name: 'different' }).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:idempotency-key-reused', status: 422 });
    expect(await tokenCount('different')).toBe(0);
  });

  it('scopes keys per user: the same key from another user is a new request', async () => {
    const a = await postToken(aliceJwt, 'key-shared', { name: 'per-user' }).expect(201);
    const b = await postToken(bobJwt, 'key-shared', { name: 'per-user' }).expect(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.body.id).not.toBe(a.body.id);
    expect(await tokenCount('per-user')).toBe(2);
  });

  it('a failed request does not consume its key', async () => {
    await postToken(aliceJwt, 'key-after-failure', { name: '' }).expect(400);
    const ok = await postToken(aliceJwt, 'key-after-failure', { name: 'fixed' }).expect(201);
    expect(ok.headers['idempotent-replayed']).toBeUndefined();
  });

  it('concurrent duplicates create exactly once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => postToken(aliceJwt, 'key-race', { name: 'raced' })),
    );
    expect(await tokenCount('raced')).toBe(1);
    const created = responses.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((r) => r.body.id as string)).size).toBe(1);
    for (const r of responses.filter((r) => r.status !== 201)) {
      expect(r.status).toBe(409);
      expect(r.body).toMatchObject({ type: 'urn:hostplane:problem:idempotency-key-in-use' });
    }
  });

  it('forgets a key after 24 hours', async () => {
    const startedAt = new Date(Date.now() - 1000);
    const first = await postToken(aliceJwt, 'key-old', { name: 'daily' }).expect(201);
    // The key column holds a digest, so age the record(s) written since this test began.
    await db.idempotencyKey.updateMany({
      where: { createdAt: { gte: startedAt } },
      data: { createdAt: new Date(Date.now() - 25 * 3_600_000) },
    });
    const second = await postToken(aliceJwt, 'key-old', { name: 'daily' }).expect(201);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(second.body.id).not.toBe(first.body.id);
  });

  it('works for POST /users too, and without a key every POST creates', async () => {
    const body = { username: 'dave', password: 'dave-password-123', role: 'admin' };
    const first = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${aliceJwt}`)
      .set('Idempotency-Key', 'create-dave')
      .send(body)
      .expect(201);
    const again = await t
      .http()
      .post('/api/v1/users')
      .set('Authorization', `Bearer ${aliceJwt}`)
      .set('Idempotency-Key', 'create-dave')
      .send(body)
      .expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    // Without the key the retry is a new request, and the username is taken.
    await t.http().post('/api/v1/users').set('Authorization', `Bearer ${aliceJwt}`).send(body).expect(409);
    await postToken(aliceJwt, undefined, { name: 'unkeyed' }).expect(201);
    await postToken(aliceJwt, undefined, { name: 'unkeyed' }).expect(201);
    expect(await tokenCount('unkeyed')).toBe(2);
  });

  it('refuses a malformed key with 400', async () => {
    await postToken(aliceJwt, 'x'.repeat(300), { name: 'long key' }).expect(400);
  });
  it('does not replay across a change of role: the key is scoped to what the credential may do', async () => {
    const carol = await seedUser(t.app, 'carol', 'admin');
    const carolJwt = await logInAs(t, carol);
    const first = await postToken(carolJwt, 'key-role', { name: 'carol-script' }).expect(201);
    const tenant = await db.tenant.create({
      data: { name: 'carol-co', unixUser: 'carolco', unixGroup: 'carolco' },
    });
    await db.user.update({ where: { id: carol.id }, data: { role: 'tenant', tenantId: tenant.id } });
    // A change by hand reaches the principal cache through NOTIFY; wait until the API sees the new role.
    await eventually(async () => {
      const me = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${carolJwt}`);
      return me.status === 200 && me.body.role === 'tenant' ? true : undefined;
    });
    const again = await postToken(carolJwt, 'key-role', { name: 'carol-script' }).expect(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.body.id).not.toBe(first.body.id);
    expect(await tokenCount('carol-script')).toBe(2);
  });
});
