/**
 * A session is only as good as the credentials it was issued for. Changing a user's password, role,
 * tenant or disabled flag moves users.credentials_changed_at, and every session JWT issued before it is
 * refused (401) — also one this replica had cached. An admin password reset also revokes the user's API
 * tokens; other changes leave tokens alone (they read the user's role and state live).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';

describe('credential changes end existing sessions', () => {
  let t: TestApp;
  let db: Database;
  let adminJwt: string;

  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    adminJwt = await logInAs(t, await seedUser(t.app, 'root', 'admin'));
  });
  afterAll(async () => {
    await t.close();
  });

  const me = (bearer: string) => t.http().get('/api/v1/me').set('Authorization', `Bearer ${bearer}`);
  const patch = (user: SeededUser, body: object) =>
    t
      .http()
      .patch(`/api/v1/users/${user.id}`)
      .set('Authorization', `Bearer ${adminJwt}`)
      .send(body)
      .expect(200);
  const createToken = async (jwt: string, name: string): Promise<{ id: string; token: string }> => {
    const res = await t
      .http()
      .post('/api/v1/auth/tokens')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ name })
      .expect(201);
    return res.body as { id: string; token: string };
  };

  it('a password reset ends every earlier session at once and revokes the user’s API tokens', async () => {
    const bob = await seedUser(t.app, 'bob', 'tenant');
    const first = await logInAs(t, bob);
    const second = await logInAs(t, bob);
    const script = await createToken(first, 'deploy');
    // Cached by this replica before the change.
    await me(first).expect(200);
    await me(second).expect(200);
    await me(script.token).expect(200);

    await patch(bob, { password: 'bob-new-password-456' });

    await me(first).expect(401);
    await me(second).expect(401);
    await me(script.token).expect(401);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: script.id } });
    expect(stored.revokedAt).not.toBeNull();
    await t.http().post('/api/v1/auth/login').send({ username: 'bob', password: bob.password }).expect(401);
    const fresh = await logInAs(t, { ...bob, password: 'bob-new-password-456' });
    await me(fresh).expect(200);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: 'user.update', targetId: bob.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(event.after).toMatchObject({ passwordChanged: true, tokensRevoked: 1, sessionsEnded: true });
  });

  it('disabling and re-enabling does not bring the old sessions back; tokens live on', async () => {
    const carol = await seedUser(t.app, 'carol', 'tenant');
    const old = await logInAs(t, carol);
    const script = await createToken(old, 'cron');
    await me(old).expect(200);
    await patch(carol, { disabled: true });
    await me(old).expect(401);
    await me(script.token).expect(401);
    await patch(carol, { disabled: false });
    await me(old).expect(401);
    await me(script.token).expect(200);
    await me(await logInAs(t, carol)).expect(200);
  });

  it('a role change ends the sessions issued for the old role', async () => {
    const dave = await seedUser(t.app, 'dave', 'tenant');
    const old = await logInAs(t, dave);
    await me(old).expect(200);
    await patch(dave, { role: 'admin' });
    await me(old).expect(401);
    const fresh = await logInAs(t, dave);
    expect((await me(fresh).expect(200)).body).toMatchObject({ role: 'admin', tenantId: null });
  });

  it('an update that changes nothing about the credentials keeps the sessions', async () => {
    const erin = await seedUser(t.app, 'erin', 'tenant');
    const session = await logInAs(t, erin);
    await me(session).expect(200);
    const before = await db.user.findUniqueOrThrow({ where: { id: erin.id } });
    await patch(erin, { disabled: false, tenantId: erin.tenantId });
    await me(session).expect(200);
    const after = await db.user.findUniqueOrThrow({ where: { id: erin.id } });
    expect(after.credentialsChangedAt).toEqual(before.credentialsChangedAt);
  });
});
