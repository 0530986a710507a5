import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { apiClient, type ApiClient } from './support/admin-client.js';

describe('concurrent writes to one server are serialised by the server lock', () => {
  let t: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await startApp();
    admin = apiClient(t, await logInAs(t, await seedUser(t.app, 'alice', 'admin')));
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets exactly one of eight racing "app"/"APP"/… groups in, and counts one revision per accepted write', async () => {
    const serverId = (await admin.post('/servers', { name: 'web1' }).expect(201)).body.id as string;
    const names = ['app', 'APP', 'App', 'aPp', 'apP', 'APp', 'ApP', 'aPP'];
    const results = await Promise.all(
      names.map((name) => admin.post(`/servers/${serverId}/daemon-groups`, { name, threads: 2 })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    // The losers see the winner in the model they validate (422), never a half-done state or a 500.
    expect(statuses.filter((s) => s !== 201).every((s) => s === 422 || s === 409)).toBe(true);
    const db = t.app.get<Database>(DATABASE);
    expect(await db.daemonGroup.count({ where: { serverId } })).toBe(1);
    expect((await db.server.findUniqueOrThrow({ where: { id: serverId } })).modelRevision).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'daemon-group.create' } })).toBe(1);
  });
});
