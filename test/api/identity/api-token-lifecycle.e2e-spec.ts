import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ApiTokenLastUsed } from '#api/auth/tokens/api-token-last-used.service.js';
import { ApiTokenRepository } from '#api/auth/tokens/api-token.repository.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { eventually } from '#test-support/eventually.js';

interface CreatedToken {
  id: string;
  name: string;
  token: string;
  prefix: string;
  expiresAt: string | null;
  createdAt: string;
}

describe('API tokens: create, use, list, revoke', () => {
  let t: TestApp;
  let db: Database;
  let admin: SeededUser;
  let bob: SeededUser;
  let adminJwt: string;
  let bobJwt: string;

  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const createToken = async (jwt: string, body: object): Promise<CreatedToken> =>
    (await t.http().post('/api/v1/auth/tokens').set(bearer(jwt)).send(body).expect(201)).body as CreatedToken;

  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    admin = await seedUser(t.app, 'alice', 'admin');
    bob = await seedUser(t.app, 'bob', 'tenant');
    adminJwt = await logInAs(t, admin);
    bobJwt = await logInAs(t, bob);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a token shown once, with a recognisable prefix, and stores only its hash', async () => {
    const created = await createToken(bobJwt, { name: 'deploy script' });
    expect(created).toEqual({
      id: expect.any(String),
      name: 'deploy script',
      token: expect.stringMatching(/^hpt_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/),
      prefix: expect.stringMatching(/^hpt_[0-9a-f]{8}$/),
      expiresAt: null,
      serverId: null,
      createdAt: expect.any(String),
    });
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    const secret = created.token.slice(-43);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await t.http().get('/api/v1/auth/tokens').set(bearer(bobJwt)).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
  });

  it("a tenant user's token acts as that user and tenant, and records lastUsedAt", async () => {
    const created = await createToken(bobJwt, { name: 'as bob' });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).toBeNull();
    const other = await createToken(bobJwt, { name: 'as bob, too' });
    const writes = jest.spyOn(t.app.get(ApiTokenRepository), 'touchLastUsed');
    try {
      const me = await t.http().get('/api/v1/me').set(bearer(created.token)).expect(200);
      expect(me.body).toEqual({ id: bob.id, username: 'bob', role: 'tenant', tenantId: bob.tenantId });
      await t.http().get('/api/v1/me').set(bearer(other.token)).expect(200);
      // Noted in memory by the request, written in batches: two tokens' first uses, one statement.
      await t.app.get(ApiTokenLastUsed).flush();
      expect(writes).toHaveBeenCalledTimes(1);
    } finally {
      writes.mockRestore();
    }
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: other.id } })).lastUsedAt).toBeInstanceOf(
      Date,
    );
    // Carries the tenant role: admin-only routes stay closed to it.
    await t.http().get('/api/v1/users').set(bearer(created.token)).expect(403);
  });

  it('a token answers 401 on the very next request after revocation', async () => {
    const created = await createToken(bobJwt, { name: 'short-lived' });
    await t.http().get('/api/v1/me').set(bearer(created.token)).expect(200);
    await t.http().delete(`/api/v1/auth/tokens/${created.id}`).set(bearer(bobJwt)).expect(204);
    const res = await t.http().get('/api/v1/me').set(bearer(created.token)).expect(401);
    expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:unauthenticated', status: 401 });
    await t.http().delete(`/api/v1/auth/tokens/${created.id}`).set(bearer(bobJwt)).expect(404);
  });

  it('a token can revoke itself, and dies with it', async () => {
    const created = await createToken(bobJwt, { name: 'self-revoking' });
    await t.http().delete(`/api/v1/auth/tokens/${created.id}`).set(bearer(created.token)).expect(204);
    await t.http().get('/api/v1/me').set(bearer(created.token)).expect(401);
  });

  it('an expired token answers 401', async () => {
    const created = await createToken(bobJwt, {
      name: 'expiring',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
    });
    expect(Date.parse(created.expiresAt ?? '')).toBeGreaterThan(Date.now());
    await t.http().get('/api/v1/me').set(bearer(created.token)).expect(200);
    // Changed by hand in the database: the token cache learns it through the NOTIFY trigger (ADR 0005).
    await db.apiToken.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await eventually(async () =>
      (await t.http().get('/api/v1/me').set(bearer(created.token))).status === 401 ? true : undefined,
    );
  });

  it('refuses an expiry in the past with a 400 problem', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/tokens')
      .set(bearer(bobJwt))
      .send({ name: 'late', expiresAt: new Date(Date.now() - 60_000).toISOString() })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: '/expiresAt' })]);
  });

  it("a disabled user's tokens stop working (a change by hand arrives through NOTIFY)", async () => {
    const carol = await seedUser(t.app, 'carol', 'tenant');
    const created = await createToken(await logInAs(t, carol), { name: 'carol script' });
    await t.http().get('/api/v1/me').set(bearer(created.token)).expect(200);
    await db.user.update({ where: { id: carol.id }, data: { disabled: true } });
    await eventually(async () =>
      (await t.http().get('/api/v1/me').set(bearer(created.token))).status === 401 ? true : undefined,
    );
  });

  it('a forged secret for an existing token id answers 401', async () => {
    const created = await createToken(bobJwt, { name: 'target' });
    const forged = `${created.token.slice(0, -43)}${'A'.repeat(43)}`;
    await t.http().get('/api/v1/me').set(bearer(forged)).expect(401);
  });

  it('lists own tokens only; an admin lists everyone and narrows with ?userId=', async () => {
    const adminToken = await createToken(adminJwt, { name: 'admin script' });
    const bobsList = await t.http().get('/api/v1/auth/tokens').set(bearer(bobJwt)).expect(200);
    const bobsItems = bobsList.body.items as { id: string; userId: string }[];
    expect(bobsItems.length).toBeGreaterThan(0);
    expect(bobsItems.every((item) => item.userId === bob.id)).toBe(true);
    expect(bobsItems.map((i) => i.id)).not.toContain(adminToken.id);
    // A tenant naming another user sees nothing of theirs.
    const probing = await t
      .http()
      .get(`/api/v1/auth/tokens?userId=${admin.id}`)
      .set(bearer(bobJwt))
      .expect(200);
    expect(probing.body).toEqual({ items: [], nextCursor: null });
    const all = await t.http().get('/api/v1/auth/tokens').set(bearer(adminJwt)).expect(200);
    const allUsers = new Set((all.body.items as { userId: string }[]).map((i) => i.userId));
    expect([...allUsers]).toEqual(expect.arrayContaining([admin.id, bob.id]));
    const narrowed = await t
      .http()
      .get(`/api/v1/auth/tokens?userId=${bob.id}`)
      .set(bearer(adminJwt))
      .expect(200);
    expect((narrowed.body.items as { userId: string }[]).every((i) => i.userId === bob.id)).toBe(true);
  });

  it("another user's token is 404 to a tenant, and revocable by an admin", async () => {
    const adminToken = await createToken(adminJwt, { name: 'not yours' });
    await t.http().delete(`/api/v1/auth/tokens/${adminToken.id}`).set(bearer(bobJwt)).expect(404);
    await t.http().get('/api/v1/me').set(bearer(adminToken.token)).expect(200);
    const bobsToken = await createToken(bobJwt, { name: 'revoked by admin' });
    await t.http().delete(`/api/v1/auth/tokens/${bobsToken.id}`).set(bearer(adminJwt)).expect(204);
    await t.http().get('/api/v1/me').set(bearer(bobsToken.token)).expect(401);
  });

  it('audits token creation and revocation with the acting credential', async () => {
    const viaToken = await createToken(bobJwt, { name: 'creator' });
    const created = await createToken(viaToken.token, { name: 'made by a token' });
    await t.http().delete(`/api/v1/auth/tokens/${created.id}`).set(bearer(viaToken.token)).expect(204);
    const events = await db.auditEvent.findMany({
      where: { targetId: created.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(events.map((e) => [e.action, e.actorUserId, e.credentialId])).toEqual([
      ['api-token.create', bob.id, `token:${viaToken.id}`],
      ['api-token.revoke', bob.id, `token:${viaToken.id}`],
    ]);
    expect(JSON.stringify(events)).not.toContain(created.token.slice(-43));
  });
});
