import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { apiClient, type ApiClient } from './support/admin-client.js';

const invalidCommand = (directive: string) =>
  `Invalid command '${directive}', perhaps misspelled or defined by a module not included in the server configuration`;

/** Issue 10 item 5 over HTTP: `platform` is stored, defaults to linux, and "windows" refuses daemon mode. */
describe('servers: platform "windows" refuses daemon mode (docs/rules.md WIN1)', () => {
  let t: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await startApp();
    admin = apiClient(t, await logInAs(t, await seedUser(t.app, 'win-admin', 'admin')));
  });
  afterAll(async () => {
    await t.close();
  });

  it('a server is linux unless it says otherwise; an unknown platform is a 400', async () => {
    const linux = await admin.post('/servers', { name: 'lin1' }).expect(201);
    expect(linux.body.platform).toBe('linux');
    await admin.post('/servers', { name: 'mac1', platform: 'macos' }).expect(400);
  });

  it('a windows server stores no daemon group: 422 with the line Apache would refuse', async () => {
    const win = await admin.post('/servers', { name: 'win1', platform: 'windows' }).expect(201);
    expect(win.body.platform).toBe('windows');
    await admin.get(`/servers/${win.body.id}`).expect(200, win.body);
    const res = await admin
      .post(`/servers/${win.body.id}/daemon-groups`, { name: 'g1', threads: 2 })
      .expect(422);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'NOT_AVAILABLE_ON_WINDOWS',
          apacheMessage: invalidCommand('WSGIDaemonProcess'),
        }),
      ]),
    );
    const groups = await admin.get(`/servers/${win.body.id}/daemon-groups`).expect(200);
    expect(groups.body.items).toEqual([]);
  });

  it('a linux server with a daemon group cannot become windows; without one it can, and back', async () => {
    const srv = await admin.post('/servers', { name: 'lin2' }).expect(201);
    const group = await admin
      .post(`/servers/${srv.body.id}/daemon-groups`, { name: 'g1', threads: 2 })
      .expect(201);
    const refused = await admin.patch(`/servers/${srv.body.id}`, { platform: 'windows' }).expect(422);
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'NOT_AVAILABLE_ON_WINDOWS',
          path: `/daemon-groups/${group.body.id}/name`,
        }),
      ]),
    );
    await admin.delete(`/daemon-groups/${group.body.id}`).expect(204);
    const win = await admin.patch(`/servers/${srv.body.id}`, { platform: 'windows' }).expect(200);
    expect(win.body.platform).toBe('windows');
    const back = await admin.patch(`/servers/${srv.body.id}`, { platform: 'linux' }).expect(200);
    expect(back.body.platform).toBe('linux');
  });
});
