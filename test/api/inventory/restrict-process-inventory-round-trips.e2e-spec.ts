import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { validate, type ServerModel } from '#apache';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { ServerModelRepository } from '#api/model-store/server-model.repository.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { apiClient, type ApiClient } from './support/admin-client.js';
import {
  buildRestrictProcessInventory,
  type RestrictProcessInventory,
} from './support/restrict-process-inventory.js';

describe('the WSGIRestrictProcess.rst inventory, built and read back through HTTP', () => {
  let t: TestApp;
  let admin: ApiClient;
  let inv: RestrictProcessInventory;
  beforeAll(async () => {
    t = await startApp();
    admin = apiClient(t, await logInAs(t, await seedUser(t.app, 'alice', 'admin')));
    inv = await buildRestrictProcessInventory(admin);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the seven daemon groups with their scope, tenant and identity', async () => {
    const res = await admin.get(`/servers/${inv.serverId}/daemon-groups`).expect(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items.map((g: { name: string }) => g.name)).toEqual([
      'default',
      'bob:1',
      'bob:2',
      'bob:3',
      'joe:1',
      'joe:2',
      'joe:3',
    ]);
    expect(res.body.items[0]).toMatchObject({
      virtualHostId: null,
      tenantId: null,
      processes: 2,
      threads: 25,
    });
    expect(res.body.items[4]).toMatchObject({
      id: inv.groups['joe:1'],
      serverId: inv.serverId,
      virtualHostId: inv.vhostId,
      tenantId: inv.tenants.joe,
      user: 'joe',
      group: 'joe',
      threads: 25,
    });
  });

  it('lists the vhost with its %{ENV:PROCESS_GROUP} selection and SetEnv default', async () => {
    const res = await admin.get(`/servers/${inv.serverId}/virtual-hosts`).expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        id: inv.vhostId,
        serverName: 'www.site.com',
        addresses: ['*:80'],
        processGroup: '%{ENV:PROCESS_GROUP}',
        env: { PROCESS_GROUP: 'default' },
        processGroupMap: null,
      }),
    ]);
  });

  it('lists each tenant directory with its restriction list', async () => {
    const res = await admin.get(`/virtual-hosts/${inv.vhostId}/directories`).expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        id: inv.directories.bob,
        tenantId: inv.tenants.bob,
        path: '/home/bob/public_html',
        allowOverride: ['FileInfo'],
        restrictProcess: ['bob:1', 'bob:2', 'bob:3'],
        env: { PROCESS_GROUP: 'bob:1' },
        handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
      }),
      expect.objectContaining({ id: inv.directories.joe, restrictProcess: ['joe:1', 'joe:2', 'joe:3'] }),
    ]);
  });

  it('stores a model the engine finds free of errors', async () => {
    const model: ServerModel = await t.app
      .get(ServerModelRepository)
      .load(t.app.get<Database>(DATABASE), inv.serverId);
    expect(model.daemonGroups).toHaveLength(7);
    expect(model.tenants.map((x) => x.name).sort()).toEqual(['bob', 'joe']);
    expect(validate(model).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('counts one model revision per write to the server', async () => {
    const res = await admin.get(`/servers/${inv.serverId}`).expect(200);
    // 1 vhost + 7 groups + 2 directories; the tenants belong to no server when created.
    expect(res.body.modelRevision).toBe(10);
  });
});
