/**
 * Finding 2 of the security review: in a directory without a restriction list, bob's .htaccess could select a
 * group of no tenant that runs as joe's unix user (only a warning was raised), so his scripts ran as joe. What
 * a tenant may select is now exactly what allowedProcessGroups lists, and no group may run as a tenant's unix
 * user unless it belongs to that tenant.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { daemonGroupNameKey } from '#db';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';
import { eventually } from '#test-support/eventually.js';

describe('a tenant cannot select a shared group that runs as another tenant (issue 9, finding 2)', () => {
  let t: TestApp;
  let server: TwoTenantServer;
  let adminToken: string;
  let bobToken: string;
  const htaccess = () => `/api/v1/directories/${server.bobDirectoryId}/htaccess`;
  const asBob = <R extends { set: (k: string, v: string) => R }>(req: R) =>
    req.set('Authorization', `Bearer ${bobToken}`);
  const asAdmin = <R extends { set: (k: string, v: string) => R }>(req: R) =>
    req.set('Authorization', `Bearer ${adminToken}`);

  beforeAll(async () => {
    t = await startApp();
    const bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    adminToken = await logInAs(t, await seedUser(t.app, 'root', 'admin'));
    bobToken = await logInAs(t, bob);
    // bob's directory without a restriction list: the case where mod_wsgi would run any visible group.
    await asAdmin(t.http().patch(`/api/v1/directories/${server.bobDirectoryId}`))
      .send({ restrictProcess: null })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('an admin cannot create a group of no tenant running as joe: DAEMON_RUNS_AS_TENANT_USER', async () => {
    const res = await asAdmin(t.http().post(`/api/v1/servers/${server.serverId}/daemon-groups`))
      .send({ name: 'shared', tenantId: null, processes: 1, threads: 5, user: 'joe', group: 'joe' })
      .expect(422);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'DAEMON_RUNS_AS_TENANT_USER',
          path: expect.stringMatching(/\/user$/),
        }),
      ]),
    );
  });

  describe('with such a group already stored (written before the rule existed)', () => {
    beforeAll(async () => {
      const db = t.app.get<Database>(DATABASE);
      await db.daemonGroup.create({
        data: {
          serverId: server.serverId,
          virtualHostId: null,
          tenantId: null,
          name: 'shared',
          nameKey: daemonGroupNameKey('shared'),
          threads: 5,
          user: 'joe',
          group: 'joe',
        },
      });
      await db.server.update({ where: { id: server.serverId }, data: { modelRevision: { increment: 1 } } });
      // The hand-made row reaches the model cache through the servers table's NOTIFY trigger.
      await eventually(async () => {
        const res = await asAdmin(t.http().get(`/api/v1/servers/${server.serverId}/validation`)).expect(200);
        return res.body.valid === false ? res : undefined;
      });
    });

    it('allowedProcessGroups lists only bob’s own groups', async () => {
      const res = await asBob(t.http().get(htaccess())).expect(200);
      expect(res.body.allowedProcessGroups).toEqual(['bob:1', 'bob:2', 'bob:3']);
    });

    it.each(['shared', 'default'])('bob’s PUT selecting %s is a 422 naming the rule', async (group) => {
      const res = await asBob(t.http().put(htaccess()))
        .send({ rules: [{ files: 'app.wsgi', processGroup: group }] })
        .expect(422);
      expect(res.body.errors).toEqual([
        expect.objectContaining({
          code: 'GROUP_NOT_ALLOWED',
          path: `/directories/${server.bobDirectoryId}/rules/0/processGroup`,
        }),
      ]);
      expect((await asBob(t.http().get(htaccess())).expect(200)).body.rules).toEqual([]);
    });

    it('every group it offers is accepted', async () => {
      for (const group of ['bob:1', 'bob:2', 'bob:3']) {
        await asBob(t.http().put(htaccess()))
          .send({ rules: [{ files: 'app.wsgi', processGroup: group }] })
          .expect(200);
      }
    });
  });
});
