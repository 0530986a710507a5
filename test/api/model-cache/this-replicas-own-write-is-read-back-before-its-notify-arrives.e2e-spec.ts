/**
 * Read-your-writes within one replica does not wait for the NOTIFY: with the listener live but every
 * notification held back, an inventory write (a daemon group created and deleted, a WSGI mount created) is in
 * the very next read of the same replica. Before ModelWriteService announced its commits to the model cache,
 * those reads served the cached model until the NOTIFY arrived (seen in CI as a dry run that missed a mount
 * just created, and a /validation that still reported a daemon group just deleted).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ChangeListener } from '#api/platform/change-listener/change-listener.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

interface Dispatching {
  dispatch(channel: string, payload: string): void;
}

describe('this replica’s own write is read back before its NOTIFY arrives', () => {
  let t: TestApp;
  let server: TwoTenantServer;
  let admin: string;
  let bob: string;
  let held: ReturnType<typeof jest.spyOn>;
  const heldBack: [string, string][] = [];

  beforeAll(async () => {
    t = await startApp();
    const bobUser = await seedUser(t.app, 'bob', 'tenant');
    server = await seedTwoTenantServer(t.app, bobUser, await seedUser(t.app, 'joe', 'tenant'));
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'root', 'admin'))}`;
    bob = `Bearer ${await logInAs(t, bobUser)}`;
    const listener = t.app.get(ChangeListener) as unknown as Dispatching;
    held = jest.spyOn(listener, 'dispatch').mockImplementation((channel, payload) => {
      heldBack.push([channel, payload]);
    });
  });
  afterAll(async () => {
    held?.mockRestore();
    await t?.close();
  });

  const config = async (): Promise<string> => {
    const res = await t.http().get(`/api/v1/servers/${server.serverId}/config`).set('Authorization', admin);
    expect(res.status).toBe(200);
    return (res.body.files as { content: string }[]).map((f) => f.content).join('\n');
  };
  const resolve = async (path: string): Promise<string | null> => {
    const res = await t
      .http()
      .get(`/api/v1/servers/${server.serverId}/resolve?host=www.site.com&path=${path}`)
      .set('Authorization', admin);
    expect(res.status).toBe(200);
    return res.body.processGroup as string | null;
  };

  it('a daemon group created, then deleted, is in (then out of) the next read', async () => {
    expect(await config()).not.toContain('WSGIDaemonProcess ryw:1');
    const created = await t
      .http()
      .post(`/api/v1/servers/${server.serverId}/daemon-groups`)
      .set('Authorization', admin)
      .send({ name: 'ryw:1' });
    expect(created.status).toBe(201);
    expect(await config()).toContain('WSGIDaemonProcess ryw:1');
    await t
      .http()
      .delete(`/api/v1/daemon-groups/${created.body.id as string}`)
      .set('Authorization', admin)
      .expect(204);
    expect(await config()).not.toContain('WSGIDaemonProcess ryw:1');
  });

  it('a tenant’s WSGI mount is in the next resolve', async () => {
    expect(await resolve('/~bob/wiki/')).not.toBe('bob:3');
    const created = await t
      .http()
      .post(`/api/v1/virtual-hosts/${server.siteVhostId}/wsgi-mounts`)
      .set('Authorization', bob)
      .send({ urlPath: '/~bob/wiki', script: '/home/bob/public_html/wiki/wsgi.py', processGroup: 'bob:3' });
    expect(created.status).toBe(201);
    expect(await resolve('/~bob/wiki/')).toBe('bob:3');
  });

  it('held every notification meanwhile (the reads above did not get them)', () => {
    expect(heldBack.length).toBeGreaterThan(0);
  });
});
