/**
 * Resolve in a tenant's own directory still prints what the vhost and server scope apply there (issue 10 item 3):
 * an inherited WSGIRestrictProcess names every tenant's groups, and a vhost WSGIProcessGroup may name another
 * tenant's group. bob's answer names neither (not a byte of "joe"); the admin's answer is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

interface Step {
  step: string;
  source: string;
  detail: string;
}

describe('a tenant resolving under a list or group set by the server or the vhost', () => {
  let t: TestApp;
  let server: TwoTenantServer;
  let adminToken: string;
  let bobToken: string;
  const as = (token: string) => ({
    patch: (path: string, body: object) =>
      t.http().patch(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).send(body),
    resolve: () =>
      t
        .http()
        .get(`/api/v1/servers/${server.serverId}/resolve?host=www.site.com&path=/bob/app.wsgi`)
        .set('Authorization', `Bearer ${token}`),
  });
  const restrictStep = (body: { trace: Step[] }) => body.trace.find((s) => s.step === 'restrict-list');
  beforeAll(async () => {
    t = await startApp();
    const bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    adminToken = await logInAs(t, await seedUser(t.app, 'root', 'admin'));
    bobToken = await logInAs(t, bob);
    // bob's directory gives up its own list: the outer one applies to it.
    await as(adminToken)
      .patch(`/directories/${server.bobDirectoryId}`, { restrictProcess: null })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('a server-scope list default bob:9 joe:9: bob reads "a restriction list set by the server", the admin the list', async () => {
    // A server-scope list names global groups (the seed's bob:1.. live in the vhost).
    for (const [name, tenantId] of [
      ['bob:9', server.bobTenantId],
      ['joe:9', server.joeTenantId],
    ] as const) {
      const user = name.slice(0, 3);
      await t
        .http()
        .post(`/api/v1/servers/${server.serverId}/daemon-groups`)
        .set('Authorization', `Bearer ${adminToken}`)
        .send({ name, tenantId, threads: 5, user, group: user })
        .expect(201);
    }
    // bob's directory and mount move to bob:9 first: the server's list must admit them.
    await as(adminToken)
      .patch(`/directories/${server.bobDirectoryId}`, { env: { PROCESS_GROUP: 'bob:9' } })
      .expect(200);
    await as(adminToken).patch(`/wsgi-mounts/${server.bobMountId}`, { processGroup: 'bob:9' }).expect(200);
    await as(adminToken)
      .patch(`/servers/${server.serverId}`, { restrictProcess: ['default', 'bob:9', 'joe:9'] })
      .expect(200);
    const bob = await as(bobToken).resolve().expect(200);
    expect(bob.body.processGroup).toBe('bob:9');
    expect(JSON.stringify(bob.body)).not.toContain('joe');
    expect(restrictStep(bob.body)).toEqual({
      step: 'restrict-list',
      source: 'a restriction list set by the server',
      detail:
        'bob:9 is in a restriction list set by the server (inherited: no <Directory> around the script has a list)',
    });
    const admin = await as(adminToken).resolve().expect(200);
    expect(restrictStep(admin.body)?.source).toBe('server-scope WSGIRestrictProcess bob:9 default joe:9');
    // His mount's 422 says what he may choose under that list, not the whole list.
    const refused = await as(bobToken)
      .patch(`/wsgi-mounts/${server.bobMountId}`, { processGroup: 'bob:2' })
      .expect(422);
    expect(JSON.stringify(refused.body)).not.toContain('joe');
    expect(JSON.stringify(refused.body)).toContain('lets it choose bob:9');
  });

  it('a vhost list: named by the vhost for bob, in full for the admin', async () => {
    await as(adminToken)
      .patch(`/virtual-hosts/${server.siteVhostId}`, { restrictProcess: ['default', 'joe:2', 'bob:9'] })
      .expect(200);
    const bob = await as(bobToken).resolve().expect(200);
    expect(JSON.stringify(bob.body)).not.toContain('joe');
    expect(restrictStep(bob.body)?.source).toBe('a restriction list set by the virtual host');
    const admin = await as(adminToken).resolve().expect(200);
    expect(JSON.stringify(admin.body)).toContain('joe:2');
  });

  it('a vhost WSGIProcessGroup of joe’s that lands in bob’s directory: group and unix account are hidden', async () => {
    await as(adminToken).patch(`/virtual-hosts/${server.siteVhostId}`, { processGroup: 'joe:2' }).expect(200);
    await as(adminToken).patch(`/directories/${server.bobDirectoryId}`, { env: {} }).expect(200);
    const bob = await as(bobToken).resolve().expect(200);
    expect(JSON.stringify(bob.body)).not.toContain('joe');
    expect(bob.body).toMatchObject({ processGroup: "another tenant's group", runsAs: null });
    const admin = await as(adminToken).resolve().expect(200);
    expect(admin.body).toMatchObject({ processGroup: 'joe:2', runsAs: { user: 'joe', group: 'joe' } });
  });
});
