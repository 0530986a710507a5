import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { ServerModel } from '#apache';
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

const SERVER = 'srv-agent-processes';
const HOST = 'www.site.com';

interface Processes {
  name: string;
  reportedAt: string | null;
  processes: { group: string; pid: number; startedAt: string | null; rssBytes: number | null }[];
}

/**
 * A private Apache whose daemon groups carry display-name=%{GROUP}: the agent finds their processes in /proc
 * as "(wsgi:<group>)" and the API shows them per group; the facts are those of the installed Apache.
 */
describeWithApache('the agent reports the daemon processes and facts of a real Apache', () => {
  let apache: ApacheInstance;
  let api: ListeningApi;
  let admin: string;
  let bob: string;
  let loop: ReturnType<typeof startAgentLoop> | null = null;
  const processesOf = async (groupId: string, auth = admin) =>
    (await api.http().get(`/api/v1/daemon-groups/${groupId}/processes`).set('Authorization', auth))
      .body as Processes;

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create();
    const seed = adaptSeed(seedRestrictProcess(), { root: apache.root, port: apache.port });
    const model: ServerModel = {
      ...seed,
      id: SERVER,
      daemonGroups: seed.daemonGroups.map((g) => ({
        ...g,
        options: { ...g.options, 'display-name': '%{GROUP}' },
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
    api = await ListeningApi.start();
    await insertModel(api.test.app.get<Database>(DATABASE), model);
    admin = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'processes-admin', 'admin'))}`;
    bob = `Bearer ${await logInAs(api, await seedUser(api.test.app, 'processes-bob', 'tenant', { tenantId: 'tn-bob' }))}`;
    const main = apache.layout.mainConfig;
    loop = startAgentLoop(
      {
        ...agentConfig(api, await agentToken(api.http, admin, SERVER), {
          serverId: SERVER,
          configDir: model.configDir,
          stateDir: `${apache.root}/agent-state`,
          configtest: {
            argv: ['/usr/sbin/apache2', '-t', '-f', main, '-C', 'Define HOSTPLANE_INCLUDE {include}'],
          },
          reload: { argv: ['/usr/sbin/apache2', '-f', main, '-k', 'graceful'] },
          pollIntervalMs: 200,
        }),
        inspectIntervalMs: 500,
      },
      recordingLogger(),
    );
  }, 60_000);
  afterAll(async () => {
    await loop?.stop();
    await api?.close();
    await apache?.dispose();
  });

  it('each group’s processes, by the pids Apache runs them as; tenants see only their own groups', async () => {
    const published = await api
      .http()
      .post(`/api/v1/servers/${SERVER}/publications`)
      .set('Authorization', admin);
    expect(published.status).toBe(201);
    await eventually(
      async () => (await apache.request(HOST, '/bob/blog.wsgi')).probe?.process_group === 'bob:2',
      {
        what: 'Apache serving the revision',
        timeoutMs: 30_000,
      },
    );
    await eventually(async () => (await processesOf('dg-bob-2')).processes.length > 0, {
      what: 'the agent to report bob:2’s daemon process',
      timeoutMs: 20_000,
    });
    const bob2 = await processesOf('dg-bob-2', bob);
    expect(bob2.name).toBe('bob:2');
    expect(bob2.processes.every((p) => p.group === 'bob:2' && p.pid > 1 && (p.rssBytes ?? 0) > 0)).toBe(true);
    expect(Date.parse(bob2.processes[0]?.startedAt ?? '')).toBeGreaterThan(Date.now() - 10 * 60_000);
    // The host may run other Apaches (other suites): one of the reported pids is a daemon of ours.
    const ours = (pid: number) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(apache.layout.mainConfig);
      } catch {
        return false;
      }
    };
    expect(bob2.processes.some((p) => ours(p.pid))).toBe(true);
    const joe1 = await processesOf('dg-joe-1');
    expect(joe1.processes.length).toBeGreaterThan(0);
    expect(joe1.processes.map((p) => p.pid)).not.toContain(bob2.processes[0]?.pid);
    const theirs = await api.http().get('/api/v1/daemon-groups/dg-joe-1/processes').set('Authorization', bob);
    expect(theirs.status).toBe(404);

    const status = await api.http().get(`/api/v1/servers/${SERVER}/status`).set('Authorization', admin);
    expect(status.body.facts).toMatchObject({
      apacheVersion: expect.stringMatching(/^2\.4\./),
      modWsgiVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      pythonVersion: expect.stringMatching(/^3\.\d+$/),
      unixUsers: ['bob', 'joe'],
    });
    expect(status.body.processes.length).toBeGreaterThanOrEqual(7);
  }, 90_000);
});
