import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { ServerModel } from '#apache';
import { seedRestrictProcess } from '../../libs/apache/test-fixtures/seed-restrict-process.js';
import type { AgentConfig } from '../../apps/agent/src/agent-config.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import {
  ApacheInstance,
  describeWithApache,
  ensureUnixUsers,
  PROBE_WSGI_SOURCE,
} from '#test-support/apache/index.js';
import { adaptSeed } from '../oracle/seeds/adapt-seed.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { eventually } from '#test-support/eventually.js';
import {
  agentConfig,
  agentToken,
  ListeningApi,
  recordingLogger,
  startAgentLoop,
} from './support/agent-harness.js';
import { buildAgent, spawnAgent } from './support/built-agent.js';

const SERVER = 'srv-agent-apache';
const HOST = 'www.site.com';
const SCRIPTS = ['blog.wsgi', 'wiki.wsgi', 'other.wsgi'];

/**
 * The API in apply mode none (revisions wait as pending); the agent, holding a token scoped to this server,
 * pulls each revision and applies it into a private Apache with configtest, graceful reload and probe.
 */
describeWithApache('publishing WSGIRestrictProcess.rst through the agent into a real Apache', () => {
  let apache: ApacheInstance;
  let api: ListeningApi;
  let admin: string;
  let bob: string;
  let model: ServerModel;
  let config: AgentConfig;
  const logger = recordingLogger();
  let loop: ReturnType<typeof startAgentLoop> | null = null;
  const timings: Record<string, number> = {};

  const publish = async () => {
    const res = await api.http().post(`/api/v1/servers/${SERVER}/publications`).set('Authorization', admin);
    expect([res.status, res.body.status]).toEqual([201, 'pending']);
    return { id: res.body.id as string, kind: res.body.kind as string, at: performance.now() };
  };
  const statusOf = async (id: string) =>
    (await api.http().get(`/api/v1/publications/${id}`).set('Authorization', admin)).body as {
      status: string;
      log: string | null;
    };
  const untilLive = async (published: { id: string; at: number }, label: string) => {
    await eventually(async () => (await statusOf(published.id)).status === 'live', {
      what: `${label} live`,
      timeoutMs: 30_000,
      intervalMs: 50,
    });
    timings[label] = Math.round(performance.now() - published.at);
  };
  const groupOf = async (path: string) => (await apache.request(HOST, path)).probe?.process_group ?? null;
  const bobMaps = (blog: string) =>
    api
      .http()
      .put('/api/v1/directories/dir-bob/htaccess')
      .set('Authorization', bob)
      .send({
        rules: [
          { files: 'blog.wsgi', processGroup: blog },
          { files: 'wiki.wsgi', processGroup: 'bob:3' },
        ],
      })
      .expect(200);

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create();
    model = { ...adaptSeed(seedRestrictProcess(), { root: apache.root, port: apache.port }), id: SERVER };
    for (const d of model.directories)
      for (const s of SCRIPTS) apache.writeFile(`${d.path}/${s}`, PROBE_WSGI_SOURCE);
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
    api = await ListeningApi.start(); // HOSTPLANE_APPLY_MODE defaults to none
    await insertModel(api.test.app.get<Database>(DATABASE), model);
    admin = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'agent-apache-admin', 'admin'))}`;
    bob = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'agent-apache-bob', 'tenant', { tenantId: 'tn-bob' }))}`;
    const main = apache.layout.mainConfig;
    config = agentConfig(api, await agentToken(api.http, admin, SERVER), {
      serverId: SERVER,
      configDir: model.configDir,
      stateDir: `${apache.root}/agent-state`,
      configtest: {
        argv: ['/usr/sbin/apache2', '-t', '-f', main, '-C', 'Define HOSTPLANE_INCLUDE {include}'],
      },
      reload: { argv: ['/usr/sbin/apache2', '-f', main, '-k', 'graceful'] },
      probe: { url: `http://127.0.0.1:${apache.port}/bob/other.wsgi`, expectStatus: 200 },
      pollIntervalMs: 200,
    });
    loop = startAgentLoop(config, logger);
  }, 60_000);
  afterAll(async () => {
    await loop?.stop();
    console.info(`agent publish→live timings (ms): ${JSON.stringify(timings)}`);
    await api?.close();
    await apache?.dispose();
  });

  it('the agent applies the first revision; requests route as GET /resolve predicts', async () => {
    const first = await publish();
    await untilLive(first, 'first publish (reload)');
    const stored = await statusOf(first.id);
    expect(stored.log).toContain('configtest ok');
    expect(stored.log).toContain('reload ok');
    expect(stored.log).toContain('probe ok');
    // A graceful restart returns before the new generation serves every daemon: wait for bob:2.
    await eventually(async () => (await groupOf('/bob/blog.wsgi')) === 'bob:2', {
      what: 'Apache serves the revision',
      timeoutMs: 20_000,
      intervalMs: 50,
    });
    for (const tenant of ['bob', 'joe']) {
      for (const script of SCRIPTS) {
        const path = `/${tenant}/${script}`;
        const predicted = await api
          .http()
          .get(`/api/v1/servers/${SERVER}/resolve`)
          .query({ host: HOST, path, port: apache.port })
          .set('Authorization', admin);
        const actual = await apache.request(HOST, path);
        expect([path, actual.status, actual.probe?.process_group ?? null]).toEqual([
          path,
          predicted.body.status,
          predicted.body.status === 200 ? predicted.body.processGroup : null,
        ]);
      }
    }
  }, 60_000);

  it('bob changes a mapping: the agent makes it live without a reload and the next request follows it', async () => {
    await bobMaps('bob:3');
    const mark = apache.logMark();
    const second = await publish();
    expect(second.kind).not.toBe('reload'); // only an .htaccess changed: no restart needed
    await untilLive(second, 'bob .htaccess change');
    expect(await groupOf('/bob/blog.wsgi')).toBe('bob:3');
    expect(apache.logSince(mark)).not.toContain('resuming normal operations');
    expect(logger.events('agent.applied')).toMatchObject([
      { revision: 1, status: 'live', reloaded: true },
      { revision: 2, status: 'live', reloaded: false, changedPaths: 1 },
    ]);
  }, 60_000);

  it('the built agent as its own process (--once) applies the next revision and logs JSON lines', async () => {
    await loop?.stop(); // one agent per state dir: the in-process one hands over to the process
    loop = null;
    await bobMaps('bob:1');
    const third = await publish();
    const built = buildAgent();
    try {
      const child = spawnAgent(built.main, ['--once'], {
        HOSTPLANE_API_URL: config.apiUrl,
        HOSTPLANE_AGENT_TOKEN: config.token,
        HOSTPLANE_SERVER_ID: SERVER,
        HOSTPLANE_CONFIG_DIR: config.configDir,
        HOSTPLANE_AGENT_STATE_DIR: config.stateDir,
        HOSTPLANE_CONFIGTEST_CMD: JSON.stringify(config.configtest?.argv),
        HOSTPLANE_RELOAD_CMD: JSON.stringify(config.reload?.argv),
        HOSTPLANE_PROBE_URL: config.probe?.url ?? '',
      });
      const exit = await child.exited;
      expect([exit.code, child.lines().filter((l) => 'unparsed' in l)]).toEqual([0, []]);
      expect(child.lines()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ event: 'agent.start', appliedRevision: 2 }),
          expect.objectContaining({ event: 'agent.applied', revision: 3, status: 'live' }),
          expect.objectContaining({ event: 'agent.report', answer: 'accepted' }),
        ]),
      );
      timings['built agent --once (process start included)'] = Math.round(performance.now() - third.at);
      expect((await statusOf(third.id)).status).toBe('live');
      expect(await groupOf('/bob/blog.wsgi')).toBe('bob:1');
    } finally {
      built.cleanup();
    }
  }, 60_000);
});
