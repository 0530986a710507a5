/**
 * WSGIRestrictProcess / WSGIProcessGroup at server scope and per vhost through HTTP (issue 10 item 3): the
 * fields round-trip on /servers and /virtual-hosts, the list in force replaces the outer one when a write is
 * validated, hostile group names are 422s, and config, resolve and the spec show them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { apiClient, type ApiClient } from './support/admin-client.js';
import {
  buildRestrictProcessInventory,
  type RestrictProcessInventory,
} from './support/restrict-process-inventory.js';

interface Diagnostic {
  code: string;
  path: string;
}

describe('restriction lists and process groups at server and vhost scope, through HTTP', () => {
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

  it('a new server and vhost have none; POST and PATCH set them and GET reads them back', async () => {
    const fresh = await admin.post('/servers', { name: 'web2', restrictProcess: [] }).expect(201);
    expect(fresh.body).toMatchObject({ restrictProcess: [], processGroup: null });
    const server = await admin.get(`/servers/${inv.serverId}`).expect(200);
    expect(server.body).toMatchObject({ restrictProcess: null, processGroup: null });
    await admin
      .patch(`/servers/${inv.serverId}`, {
        restrictProcess: ['default', '%{GLOBAL}'],
        processGroup: 'default',
      })
      .expect(200);
    expect((await admin.get(`/servers/${inv.serverId}`).expect(200)).body).toMatchObject({
      restrictProcess: ['default', '%{GLOBAL}'],
      processGroup: 'default',
    });
    expect((await admin.get(`/virtual-hosts/${inv.vhostId}`).expect(200)).body.restrictProcess).toBeNull();
    await admin
      .patch(`/virtual-hosts/${inv.vhostId}`, { restrictProcess: ['default', 'bob:1', 'joe:1'] })
      .expect(200);
    expect((await admin.get(`/virtual-hosts/${inv.vhostId}`).expect(200)).body.restrictProcess).toEqual([
      'default',
      'bob:1',
      'joe:1',
    ]);
  });

  it('a directory without its own list is checked against the vhost’s, which replaced the server’s', async () => {
    await admin
      .patch(`/directories/${inv.directories.bob}`, { restrictProcess: null, urlPath: '/~bob' })
      .expect(200);
    const refused = await admin
      .patch(`/directories/${inv.directories.bob}`, { env: { PROCESS_GROUP: 'bob:2' } })
      .expect(422);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'GROUP_NOT_IN_RESTRICT_LIST',
          path: `/directories/${inv.directories.bob}/env/PROCESS_GROUP`,
        }),
      ]),
    );
    // bob:1 is in the vhost's list (the server's [default %{GLOBAL}] no longer applies here).
    await admin.patch(`/directories/${inv.directories.bob}`, { env: { PROCESS_GROUP: 'bob:1' } }).expect(200);
  });

  it('resolve names the list in force and where it was written; config renders both scopes', async () => {
    const res = await admin
      .get(`/servers/${inv.serverId}/resolve?host=www.site.com&path=/~bob/app.wsgi`)
      .expect(200);
    expect(res.body.processGroup).toBe('bob:1');
    const step = (res.body.trace as { step: string; source: string }[]).find(
      (s) => s.step === 'restrict-list',
    );
    expect(step?.source).toBe('<VirtualHost *:80> WSGIRestrictProcess bob:1 default joe:1');
    const config = await admin.get(`/servers/${inv.serverId}/config`).expect(200);
    const include = (config.body.files as { path: string; content: string }[]).find((f) =>
      f.path.endsWith('hostplane.conf'),
    )!.content;
    const global = include.slice(0, include.indexOf('<VirtualHost'));
    expect(global).toContain('WSGIRestrictProcess %{GLOBAL} default\n');
    expect(global).toContain('WSGIProcessGroup default\n');
    expect(include).toContain('    WSGIRestrictProcess bob:1 default joe:1\n');
  });

  it('the spec exports them', async () => {
    const spec = await admin.get(`/servers/${inv.serverId}/spec`).expect(200);
    expect(spec.body.server).toMatchObject({
      restrictProcess: ['default', '%{GLOBAL}'],
      processGroup: 'default',
    });
    expect(spec.body.virtualHosts[0].restrictProcess).toEqual(['default', 'bob:1', 'joe:1']);
  });

  it('hostile or unknown group names are 4xx with diagnostics, never stored', async () => {
    const hostile = await admin.patch(`/servers/${inv.serverId}`, {
      restrictProcess: ['bob:1 Include /etc/passwd'],
    });
    expect(hostile.status).toBe(422);
    expect((hostile.body.errors as Diagnostic[]).map((d) => d.path)).toContain('/server/restrictProcess/0');
    const newline = await admin.patch(`/virtual-hosts/${inv.vhostId}`, {
      restrictProcess: ['bob:1\nUser root'],
    });
    expect([400, 422]).toContain(newline.status);
    const unknown = await admin.patch(`/servers/${inv.serverId}`, { processGroup: 'nobody:9' }).expect(422);
    expect((unknown.body.errors as Diagnostic[]).map((d) => `${d.code} ${d.path}`)).toContain(
      'UNKNOWN_GROUP /server/processGroup',
    );
    expect((await admin.get(`/servers/${inv.serverId}`).expect(200)).body).toMatchObject({
      restrictProcess: ['default', '%{GLOBAL}'],
      processGroup: 'default',
    });
  });

  it('a daemon group named by the server’s or a vhost’s list cannot be deleted (409 names the place)', async () => {
    const res = await admin.delete(`/daemon-groups/${inv.groups['joe:1']}`).expect(409);
    expect(JSON.stringify(res.body)).toContain('restrictProcess');
  });
});
