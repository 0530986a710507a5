import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { apiClient, type ApiClient } from './support/admin-client.js';
import {
  buildRestrictProcessInventory,
  type RestrictProcessInventory,
} from './support/restrict-process-inventory.js';

describe('deleting something still in use answers 409 listing its users', () => {
  let t: TestApp;
  let db: Database;
  let admin: ApiClient;
  let inv: RestrictProcessInventory;
  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    admin = apiClient(t, await logInAs(t, await seedUser(t.app, 'alice', 'admin')));
    inv = await buildRestrictProcessInventory(admin);
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses to delete bob:2 while bob’s restriction list names it, and says so', async () => {
    const res = await admin.delete(`/daemon-groups/${inv.groups['bob:2']}`).expect(409);
    expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:conflict', status: 409 });
    expect(res.body.usedBy).toEqual([
      { type: 'directory', id: inv.directories.bob, field: 'restrictProcess' },
    ]);
    expect(await db.daemonGroup.count({ where: { id: inv.groups['bob:2'] } })).toBe(1);
  });

  it('refuses to delete the default group the vhost’s SetEnv selects', async () => {
    const res = await admin.delete(`/daemon-groups/${inv.groups.default}`).expect(409);
    expect(res.body.usedBy).toEqual([{ type: 'virtual-host', id: inv.vhostId, field: 'env/PROCESS_GROUP' }]);
  });

  it('counts a process-group map entry as a use', async () => {
    await admin
      .put(`/virtual-hosts/${inv.vhostId}/process-group-map`, {
        fallback: 'default',
        entries: [{ uri: '/app/a.wsgi', processGroup: 'joe:3' }],
      })
      .expect(200);
    // joe:3 is named by joe's list too; both uses are reported.
    const res = await admin.delete(`/daemon-groups/${inv.groups['joe:3']}`).expect(409);
    expect(res.body.usedBy).toEqual(
      expect.arrayContaining([{ type: 'virtual-host', id: inv.vhostId, field: 'processGroupMap/entries/0' }]),
    );
  });

  it('refuses to delete a vhost, tenant or server that still holds things', async () => {
    const vhost = await admin.delete(`/virtual-hosts/${inv.vhostId}`).expect(409);
    expect(vhost.body.usedBy).toEqual(
      expect.arrayContaining([{ type: 'directory', id: inv.directories.bob }]),
    );
    const tenant = await admin.delete(`/tenants/${inv.tenants.joe}`).expect(409);
    expect(tenant.body.usedBy).toEqual(
      expect.arrayContaining([{ type: 'directory', id: inv.directories.joe }]),
    );
    const server = await admin.delete(`/servers/${inv.serverId}`).expect(409);
    expect(server.body.usedBy).toEqual(expect.arrayContaining([{ type: 'virtual-host', id: inv.vhostId }]));
  });

  it('deletes a group once nothing names it any more', async () => {
    await admin
      .patch(`/directories/${inv.directories.bob}`, { restrictProcess: ['bob:1', 'bob:3'] })
      .expect(200);
    await admin.delete(`/daemon-groups/${inv.groups['bob:2']}`).expect(204);
    await admin.get(`/daemon-groups/${inv.groups['bob:2']}`).expect(404);
  });

  it('tears the whole inventory down in dependency order', async () => {
    await admin.delete(`/directories/${inv.directories.bob}`).expect(204);
    await admin.delete(`/directories/${inv.directories.joe}`).expect(204);
    await admin
      .put(`/virtual-hosts/${inv.vhostId}/process-group-map`, { fallback: 'default', entries: [] })
      .expect(200);
    for (const name of ['bob:1', 'bob:3', 'joe:1', 'joe:2', 'joe:3']) {
      await admin.delete(`/daemon-groups/${inv.groups[name]}`).expect(204);
    }
    await admin.delete(`/virtual-hosts/${inv.vhostId}`).expect(204);
    await admin.delete(`/daemon-groups/${inv.groups.default}`).expect(204);
    await admin.delete(`/tenants/${inv.tenants.bob}`).expect(204);
    await admin.delete(`/servers/${inv.serverId}`).expect(204);
    expect(await db.server.count()).toBe(0);
  });
});
