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
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { eventually } from '#test-support/eventually.js';
import { seedRestrictProcess } from '../../libs/apache/test-fixtures/seed-restrict-process.js';
import { adaptSeed } from '../oracle/seeds/adapt-seed.js';
import {
  agentConfig,
  agentToken,
  ListeningApi,
  recordingLogger,
  startAgentLoop,
} from './support/agent-harness.js';

const SERVER = 'srv-agent-restart';
const OTHER = 'srv-agent-restart-other';
const HOST = 'www.site.com';

interface Restart {
  id: string;
  state: string;
  pidsBefore?: number[];
  pidsAfter?: number[];
  errors?: string[];
}

/**
 * Agent mode (the API applies nothing): bob asks for a restart of bob:2, the agent takes it on its next poll,
 * signals bob:2's processes on its real Apache and reports the outcome. Only bob:2's pids change, and a probe
 * loop against bob:1 meanwhile sees nothing but 200.
 */
describeWithApache('the agent restarts one daemon group of a real Apache', () => {
  let apache: ApacheInstance;
  let api: ListeningApi;
  let admin: string;
  let bob: string;
  let token: string;
  let loop: ReturnType<typeof startAgentLoop> | null = null;
  const logger = recordingLogger();
  const pidsOf = async (name: string) =>
    (
      await findGroupDaemons({
        name,
        displayName: '%{GROUP}',
        socketPrefix: apache.layout.socketPrefix,
      })
    ).pids;

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create();
    const seed = adaptSeed(seedRestrictProcess(), { root: apache.root, port: apache.port });
    const model: ServerModel = {
      ...seed,
      id: SERVER,
      socketPrefix: apache.layout.socketPrefix,
      daemonGroups: seed.daemonGroups.map((g) => ({
        ...g,
        options: { ...g.options, 'display-name': '%{GROUP}' },
      })),
    };
    for (const d of model.directories)
      for (const s of ['blog.wsgi', 'index.wsgi']) apache.writeFile(`${d.path}/${s}`, PROBE_WSGI_SOURCE);
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
    api = await ListeningApi.start();
    const db = api.test.app.get<Database>(DATABASE);
    await insertModel(db, model);
    await db.server.create({ data: { id: OTHER, name: 'other-server', configDir: `${apache.root}/other` } });
    admin = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'restart-agent-admin', 'admin'))}`;
    bob = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'restart-agent-bob', 'tenant', { tenantId: 'tn-bob' }))}`;
    token = await agentToken(api.http, admin, SERVER);
    const main = apache.layout.mainConfig;
    loop = startAgentLoop(
      {
        ...agentConfig(api, token, {
          serverId: SERVER,
          configDir: model.configDir,
          stateDir: `${apache.root}/agent-state`,
          configtest: {
            argv: ['/usr/sbin/apache2', '-t', '-f', main, '-C', 'Define HOSTPLANE_INCLUDE {include}'],
          },
          reload: { argv: ['/usr/sbin/apache2', '-f', main, '-k', 'graceful'] },
          pollIntervalMs: 200,
        }),
      },
      logger,
    );
    const published = await api
      .http()
      .post(`/api/v1/servers/${SERVER}/publications`)
      .set('Authorization', admin);
    expect(published.status).toBe(201);
    await eventually(
      async () =>
        (await apache.request(HOST, '/bob/blog.wsgi')).probe?.process_group === 'bob:2' &&
        (await pidsOf('bob:2')).length === 1,
      { what: 'Apache serving the revision the agent applied', timeoutMs: 30_000, intervalMs: 100 },
    );
  }, 90_000);
  afterAll(async () => {
    await loop?.stop();
    await api?.close();
    await apache?.dispose();
  });

  it('bob:2 gets new pids on the agent’s next poll; bob:1 and joe:1 keep theirs and bob:1 answers 200 throughout', async () => {
    const bob1 = await pidsOf('bob:1');
    const joe1 = await pidsOf('joe:1');
    const bob2 = await pidsOf('bob:2');
    expect((await apache.request(HOST, '/bob/index.wsgi')).probe?.process_group).toBe('bob:1');
    let stop = false;
    const probes: number[] = [];
    const probing = (async () => {
      while (!stop) {
        probes.push((await apache.request(HOST, '/bob/index.wsgi').catch(() => ({ status: 0 }))).status);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();

    const res = await api.http().post('/api/v1/daemon-groups/dg-bob-2/restart').set('Authorization', bob);
    expect([res.status, res.body.state]).toEqual([202, 'pending']);
    let restart: Restart = res.body as Restart;
    await eventually(
      async () => {
        restart = (await api.http().get(res.headers.location!).set('Authorization', bob)).body as Restart;
        return restart.state === 'done' || restart.state === 'failed';
      },
      { what: 'the agent to restart bob:2 and report it', timeoutMs: 30_000, intervalMs: 100 },
    );
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await probing;

    expect(restart).toMatchObject({ state: 'done', errors: [], pidsBefore: bob2 });
    expect(restart.pidsAfter).toHaveLength(1);
    expect(restart.pidsAfter).not.toEqual(bob2);
    expect(await pidsOf('bob:2')).toEqual(restart.pidsAfter);
    expect(await pidsOf('bob:1')).toEqual(bob1);
    expect(await pidsOf('joe:1')).toEqual(joe1);
    expect(probes.length).toBeGreaterThan(10);
    expect(probes.filter((s) => s !== 200)).toEqual([]);
    expect(logger.events('agent.restart')).toHaveLength(1);
  }, 60_000);

  it('the agent token sees no other server’s restarts, and a finished restart cannot be reported again', async () => {
    const other = await api
      .http()
      .get(`/api/v1/servers/${OTHER}/daemon-group-restarts/pending`)
      .set('Authorization', `Bearer ${token}`);
    expect(other.status).toBe(404);
    const res = await api.http().post('/api/v1/daemon-groups/dg-bob-1/restart').set('Authorization', admin);
    let state = '';
    await eventually(
      async () => {
        state = (await api.http().get(res.headers.location!).set('Authorization', admin)).body.state;
        return state === 'done' || state === 'failed';
      },
      { what: 'the second restart', timeoutMs: 30_000, intervalMs: 100 },
    );
    expect(state).toBe('done');
    const again = await api
      .http()
      .post(`/api/v1/servers/${SERVER}/daemon-group-restarts/${res.body.id}/outcome`)
      .set('Authorization', `Bearer ${token}`)
      .send({ state: 'failed', errors: ['forged'] });
    expect(again.status).toBe(409);
    const elsewhere = await api
      .http()
      .post(`/api/v1/servers/${OTHER}/daemon-group-restarts/${res.body.id}/outcome`)
      .set('Authorization', `Bearer ${token}`)
      .send({ state: 'failed' });
    expect(elsewhere.status).toBe(404);
  }, 60_000);
});
