/**
 * A vhost's WSGIRestrictProcess applies in bob's directory once it has no list of its own (issue 10 item 3, rules
 * RP10): mod_wsgi would run any group that list names, joe's too, but a list written for the whole vhost is not an
 * offer to one tenant, so bob is offered, and may select, only his own groups that it names.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

describe('a tenant under an inherited (vhost) restriction list', () => {
  let t: TestApp;
  let server: TwoTenantServer;
  let adminToken: string;
  let bobToken: string;
  const htaccess = () => `/api/v1/directories/${server.bobDirectoryId}/htaccess`;
  beforeAll(async () => {
    t = await startApp();
    const bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    adminToken = await logInAs(t, await seedUser(t.app, 'root', 'admin'));
    bobToken = await logInAs(t, bob);
  });
  afterAll(async () => {
    await t.close();
  });

  it('bob is offered his own groups the vhost lists, and may select exactly those', async () => {
    const admin = <R extends { set: (k: string, v: string) => R }>(req: R) =>
      req.set('Authorization', `Bearer ${adminToken}`);
    const bob = <R extends { set: (k: string, v: string) => R }>(req: R) =>
      req.set('Authorization', `Bearer ${bobToken}`);
    await admin(t.http().patch(`/api/v1/virtual-hosts/${server.siteVhostId}`))
      .send({ restrictProcess: ['default', 'joe:1', 'bob:2', 'bob:1'] })
      .expect(200);
    await admin(t.http().patch(`/api/v1/directories/${server.bobDirectoryId}`))
      .send({ restrictProcess: null, env: { PROCESS_GROUP: 'bob:1' } })
      .expect(200);
    const offered = await bob(t.http().get(htaccess())).expect(200);
    expect(offered.body.allowedProcessGroups).toEqual(['bob:2', 'bob:1']);
    for (const group of ['joe:1', 'default', 'bob:3']) {
      const res = await bob(t.http().put(htaccess()))
        .send({ rules: [{ files: 'app.wsgi', processGroup: group }] })
        .expect(422);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ path: `/directories/${server.bobDirectoryId}/rules/0/processGroup` }),
      ]);
    }
    await bob(t.http().put(htaccess()))
      .send({ rules: [{ files: 'app.wsgi', processGroup: 'bob:2' }] })
      .expect(200);
  });
});
