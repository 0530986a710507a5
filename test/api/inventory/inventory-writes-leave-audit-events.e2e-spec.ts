import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { apiClient, type ApiClient } from './support/admin-client.js';

describe('every inventory mutation leaves one audit event with before and after', () => {
  let t: TestApp;
  let db: Database;
  let alice: SeededUser;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    alice = await seedUser(t.app, 'alice', 'admin');
    admin = apiClient(t, await logInAs(t, alice));
  });
  afterAll(async () => {
    await t.close();
  });

  const eventsFor = (targetId: string) =>
    db.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: 'asc' } });

  it('records create, update and delete of a daemon group by the admin’s session', async () => {
    const server = await admin.post('/servers', { name: 'web1' }).expect(201);
    const serverId = server.body.id as string;
    const created = await admin
      .post(`/servers/${serverId}/daemon-groups`, { name: 'g1', threads: 5 })
      .expect(201);
    const id = created.body.id as string;
    await admin.patch(`/daemon-groups/${id}`, { threads: '7' }).expect(200);
    await admin.delete(`/daemon-groups/${id}`).expect(204);

    const events = await eventsFor(id);
    expect(events.map((e) => e.action)).toEqual([
      'daemon-group.create',
      'daemon-group.update',
      'daemon-group.delete',
    ]);
    for (const e of events) {
      expect(e).toMatchObject({
        actorUserId: alice.id,
        credentialId: expect.stringMatching(/^session:/),
        targetType: 'daemon-group',
        serverId,
      });
    }
    const [create, update, remove] = events;
    expect(create?.before).toBeNull();
    expect(create?.after).toMatchObject({ id, name: 'g1', threads: 5 });
    expect(update?.before).toMatchObject({ threads: 5 });
    expect(update?.after).toMatchObject({ threads: 7 });
    expect(remove?.before).toMatchObject({ name: 'g1', threads: 7 });
    expect(remove?.after).toBeNull();
  });

  it('records server and tenant creation, and nothing for a refused write', async () => {
    const tenant = await admin
      .post('/tenants', { name: 'bob', unixUser: 'bob', unixGroup: 'bob' })
      .expect(201);
    expect((await eventsFor(tenant.body.id as string)).map((e) => e.action)).toEqual(['tenant.create']);
    const count = await db.auditEvent.count();
    await admin.post('/tenants', { name: 'evil', unixUser: 'root\nx', unixGroup: 'x' }).expect(422);
    await admin.post('/tenants', { name: 'bob', unixUser: 'bob2', unixGroup: 'bob' }).expect(409);
    expect(await db.auditEvent.count()).toBe(count);
  });
});
