import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { ServerModel } from '#apache';
import { findGroupDaemons } from '#deploy';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import {
  ApacheInstance,
  describeWithApache,
  ensureUnixUsers,
  PROBE_WSGI_SOURCE,
} from '#test-support/apache/index.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { eventually } from '#test-support/eventually.js';
import { seedRestrictProcess } from '../../../libs/apache/test-fixtures/seed-restrict-process.js';
import { adaptSeed } from '../../oracle/seeds/adapt-seed.js';

const SERVER = 'srv-restart';
const HOST = 'www.site.com';

interface Restart {
  id: string;
  daemonGroupId: string;
  state: string;
  requestedAt: string;
  finishedAt?: string;
  pidsBefore?: number[];
  pidsAfter?: number[];
  errors?: string[];
}

/**
 * POST /daemon-groups/{id}/restart with HOSTPLANE_APPLY_MODE=local against a private Apache: the API answers
 * 202 with a pending restart and its Location, restarts bob:2's processes (display-name=%{GROUP}) itself, and
 * the restart ends `done` with new pids; bob:1's pids stay. Another tenant's group and an unknown one are 404;
 * a group without display-name, or whose title another group has too, is refused (409) before anything is
 * recorded.
 */
describeWithApache('restarting one daemon group through the API, local applier', () => {
  let apache: ApacheInstance;
  let t: TestApp;
  let admin: string;
  let bob: string;
  let joe: string;
  const identity = (name: string) => ({
    name,
    displayName: '%{GROUP}',
    socketPrefix: apache.layout.socketPrefix,
  });
  const pidsOf = async (name: string) => (await findGroupDaemons(identity(name))).pids;

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create();
    const seed = adaptSeed(seedRestrictProcess(), { root: apache.root, port: apache.port });
    const model: ServerModel = {
      ...seed,
      id: SERVER,
      // The same prefix the harness' main config sets: the restart looks for this Apache's sockets only.
      socketPrefix: apache.layout.socketPrefix,
      daemonGroups: seed.daemonGroups.map((g) => ({
        ...g,
        // joe:3 has no display-name; bob:3 and joe:2 share one literal title.
        options:
          g.name === 'joe:3'
            ? g.options
            : {
                ...g.options,
                'display-name': g.name === 'bob:3' || g.name === 'joe:2' ? 'shared-title' : '%{GROUP}',
              },
      })),
    };
    for (const d of model.directories) apache.writeFile(`${d.path}/blog.wsgi`, PROBE_WSGI_SOURCE);
    const defines = `${apache.root}/hostplane-include.conf`;
    apache.writeFile(
      defines,
      [
        '<IfDefine !HOSTPLANE_INCLUDE>',
        `Define HOSTPLANE_INCLUDE ${model.configDir}/hostplane.conf`,
        '</IfDefine>',
        'IncludeOptional ${HOSTPLANE_INCLUDE}',
        '',
      ].join('\n'),
    );
    apache.includeFiles = [defines];
    await apache.start();
    const main = apache.layout.mainConfig;
    t = await startApp({
      env: {
        HOSTPLANE_APPLY_MODE: 'local',
        HOSTPLANE_JOURNAL_DIR: `${apache.root}/journal`,
        HOSTPLANE_CONFIGTEST_CMD: JSON.stringify([
          '/usr/sbin/apache2',
          '-t',
          '-f',
          main,
          '-C',
          'Define HOSTPLANE_INCLUDE {include}',
        ]),
        HOSTPLANE_RELOAD_CMD: JSON.stringify(['/usr/sbin/apache2', '-f', main, '-k', 'graceful']),
      },
    });
    await insertModel(t.app.get<Database>(DATABASE), model);
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'restart-admin', 'admin'))}`;
    bob = `Bearer ${await logInAs(t, await seedUser(t.app, 'restart-bob', 'tenant', { tenantId: 'tn-bob' }))}`;
    joe = `Bearer ${await logInAs(t, await seedUser(t.app, 'restart-joe', 'tenant', { tenantId: 'tn-joe' }))}`;
    const published = await t
      .http()
      .post(`/api/v1/servers/${SERVER}/publications`)
      .set('Authorization', admin);
    expect(published.body).toMatchObject({ status: 'live' });
    await eventually(
      async () =>
        (await apache.request(HOST, '/bob/blog.wsgi')).probe?.process_group === 'bob:2' &&
        (await pidsOf('bob:2')).length === 1,
      { what: 'Apache serving the revision with bob:2 running', timeoutMs: 30_000, intervalMs: 100 },
    );
  }, 90_000);
  afterAll(async () => {
    await t?.close();
    await apache?.dispose();
  });

  it('bob restarts bob:2: 202 pending with a Location, then done with new pids; bob:1 and joe:1 keep theirs', async () => {
    const bob1 = await pidsOf('bob:1');
    const joe1 = await pidsOf('joe:1');
    const bob2 = await pidsOf('bob:2');
    expect([bob1.length, joe1.length, bob2.length]).toEqual([1, 1, 1]);

    const res = await t.http().post('/api/v1/daemon-groups/dg-bob-2/restart').set('Authorization', bob);
    expect(res.status).toBe(202);
    const requested = res.body as Restart;
    expect(requested).toMatchObject({ daemonGroupId: 'dg-bob-2', state: 'pending' });
    expect(res.headers.location).toBe(`/api/v1/daemon-groups/dg-bob-2/restarts/${requested.id}`);

    let finished: Restart = requested;
    await eventually(
      async () => {
        finished = (await t.http().get(res.headers.location!).set('Authorization', bob)).body as Restart;
        return finished.state === 'done' || finished.state === 'failed';
      },
      { what: 'the restart to finish', timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(finished).toMatchObject({ state: 'done', errors: [], pidsBefore: bob2 });
    expect(finished.pidsAfter).toHaveLength(1);
    expect(finished.pidsAfter).not.toEqual(bob2);
    expect(Date.parse(finished.finishedAt!)).toBeGreaterThanOrEqual(Date.parse(finished.requestedAt));
    expect(await pidsOf('bob:2')).toEqual(finished.pidsAfter);
    expect(await pidsOf('bob:1')).toEqual(bob1);
    expect(await pidsOf('joe:1')).toEqual(joe1);
    expect((await apache.request(HOST, '/bob/blog.wsgi')).probe?.process_group).toBe('bob:2');

    // The admin reads it too; joe does not, for bob's group, as if it did not exist.
    expect((await t.http().get(res.headers.location!).set('Authorization', admin)).body).toEqual(finished);
    expect((await t.http().get(res.headers.location!).set('Authorization', joe)).status).toBe(404);
  }, 60_000);

  it('another tenant’s group and an unknown group are 404; a group without display-name, or sharing its title, is 409', async () => {
    const before = await pidsOf('bob:2');
    const theirs = await t.http().post('/api/v1/daemon-groups/dg-bob-2/restart').set('Authorization', joe);
    expect(theirs.status).toBe(404);
    const unknown = await t.http().post('/api/v1/daemon-groups/dg-nope/restart').set('Authorization', admin);
    expect(unknown.status).toBe(404);
    const untitled = await t.http().post('/api/v1/daemon-groups/dg-joe-3/restart').set('Authorization', joe);
    expect(untitled.status).toBe(409);
    expect(untitled.body.detail).toMatch(/display-name/);
    const shared = await t.http().post('/api/v1/daemon-groups/dg-joe-2/restart').set('Authorization', joe);
    expect(shared.status).toBe(409);
    expect(shared.body.detail).toMatch(/shares its display-name title "shared-title"/);
    const missing = await t
      .http()
      .get('/api/v1/daemon-groups/dg-bob-2/restarts/00000000-0000-4000-8000-000000000000')
      .set('Authorization', bob);
    expect(missing.status).toBe(404);
    expect(await pidsOf('bob:2')).toEqual(before);
  }, 30_000);

  it('a pending restart whose runner died before taking it is started by the next request that joins it', async () => {
    // As if the API had stopped between recording the restart and claiming it.
    const orphan = await t.app
      .get<Database>(DATABASE)
      .daemonGroupRestart.create({ data: { daemonGroupId: 'dg-bob-1', serverId: SERVER } });
    const res = await t.http().post('/api/v1/daemon-groups/dg-bob-1/restart').set('Authorization', bob);
    expect([res.status, res.body.id]).toEqual([202, orphan.id]);
    let finished = res.body as Restart;
    await eventually(
      async () => {
        finished = (await t.http().get(res.headers.location!).set('Authorization', bob)).body as Restart;
        return finished.state === 'done' || finished.state === 'failed';
      },
      { what: 'the joined restart to finish', timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(finished).toMatchObject({ state: 'done', errors: [] });
  }, 60_000);
});
