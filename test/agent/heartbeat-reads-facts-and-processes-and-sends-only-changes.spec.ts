import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { AgentConfig } from '../../apps/agent/src/agent-config.js';
import { AgentReporter } from '../../apps/agent/src/agent-reporter.js';
import { emptyState } from '../../apps/agent/src/agent-state.js';
import {
  ApiRefusedError,
  ApiUnavailableError,
  type AgentApiClient,
  type AgentReportBody,
} from '../../apps/agent/src/api-client.js';
import { readDaemonProcesses } from '../../apps/agent/src/daemon-processes.js';
import { modWsgiVersionIn, moduleNames, readHostFacts } from '../../apps/agent/src/host-facts.js';
import { recordingLogger } from './support/agent-harness.js';

const root = mkdtempSync(join(tmpdir(), 'hp-heartbeat-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A /proc with two mod_wsgi daemons (display-name=%{GROUP}), Apache itself and a shell. */
function fakeProc(): string {
  const proc = join(root, `proc-${Math.random().toString(36).slice(2)}`);
  const add = (pid: number, cmdline: string, startTicks: number, rssPages: number) => {
    mkdirSync(join(proc, String(pid)), { recursive: true });
    writeFileSync(join(proc, String(pid), 'cmdline'), `${cmdline}\0`);
    const rest = ['S', '1', ...Array<string>(17).fill('0'), String(startTicks), '0'].join(' ');
    writeFileSync(join(proc, String(pid), 'stat'), `${pid} (${cmdline.slice(0, 15)}) ${rest}`);
    writeFileSync(join(proc, String(pid), 'statm'), `1000 ${rssPages} 10 1 0 50 0`);
  };
  mkdirSync(proc, { recursive: true });
  writeFileSync(join(proc, 'stat'), 'cpu  1 2 3\nbtime 1764669600\nprocesses 10\n');
  // As on a real host: mod_wsgi pads its name over argv[0]; Apache's arguments follow.
  add(101, '(wsgi:bob:2)     \0-k\0start', 500, 256);
  add(100, '(wsgi:bob:1)     \0-k\0start', 200, 512);
  add(7, '/usr/sbin/apache2\0-k\0start', 100, 100);
  add(9, '-bash', 100, 100);
  return proc;
}

describe('the heartbeat reads the host', () => {
  it('lists mod_wsgi daemon processes by the group display-name gives them, with start time and RSS', async () => {
    expect(await readDaemonProcesses(fakeProc())).toEqual([
      { group: 'bob:1', pid: 100, startedAt: '2025-12-02T10:00:02.000Z', rssBytes: 512 * 4096 },
      { group: 'bob:2', pid: 101, startedAt: '2025-12-02T10:00:05.000Z', rssBytes: 256 * 4096 },
    ]);
    expect(await readDaemonProcesses(join(root, 'no-proc'))).toEqual([]);
  });

  it('reads module names, the mod_wsgi version and which of the asked users exist', async () => {
    expect(moduleNames('Loaded Modules:\n core_module (static)\n wsgi_module (shared)\n')).toEqual([
      'core_module',
      'wsgi_module',
    ]);
    // mod_wsgi keeps its version as a bare string next to the Python one it was built with.
    expect(modWsgiVersionIn('x\u00003.11.1\u0000y\u00004.9.4\u0000z')).toBe('4.9.4');
    expect(modWsgiVersionIn('no version here')).toBeNull();
    const facts = await readHostFacts(
      { apachectl: join(root, 'no-apachectl'), modWsgiSo: join(root, 'no.so'), getent: 'getent' },
      {
        modelRevision: 1,
        unixUsers: ['root', 'hp-no-such-user'],
        unixGroups: ['root'],
        env: ['HP_UNSET_VAR'],
      },
    );
    // Facts that cannot be read are unknown (null or absent), never "missing".
    expect(facts).toEqual({
      apacheVersion: null,
      modWsgiVersion: null,
      pythonVersion: null,
      unixUsers: ['root'],
      unixGroups: ['root'],
      // Missing names are said, so the API tells them from names it has not asked about yet.
      missingUnixUsers: ['hp-no-such-user'],
      missingUnixGroups: [],
      env: {},
    });
  });

  it('sends facts and processes once, then only the heartbeat until they change', async () => {
    const sent: AgentReportBody[] = [];
    const api = {
      agentReport: (body: AgentReportBody) => {
        sent.push(body);
        const wanted =
          sent.length === 1 ? { modelRevision: 4, unixUsers: ['root'], unixGroups: [], env: [] } : null;
        return Promise.resolve({ receivedAt: new Date().toISOString(), wanted });
      },
    } as unknown as AgentApiClient;
    const proc = fakeProc();
    const config = {
      configDir: join(root, 'etc'),
      inspectIntervalMs: 60_000,
      facts: { apachectl: join(root, 'no-apachectl'), modWsgiSo: join(root, 'no.so'), getent: 'getent' },
      procDir: proc,
    } as AgentConfig;
    const reporter = new AgentReporter(config, api, recordingLogger());
    const state = emptyState();
    await reporter.report(state); // facts, processes; the API answers which names it wants
    await reporter.report(state); // re-inspected for the new names: facts changed (root exists)
    await reporter.report(state); // nothing changed
    rmSync(join(proc, '101'), { recursive: true });
    await reporter.report(state); // bob:2's process is gone
    expect(sent.map((b) => [b.facts?.unixUsers ?? null, b.processes?.map((p) => p.pid) ?? null])).toEqual([
      // Before the API named the users to check, none are reported (unknown, not missing).
      [null, [100, 101]],
      [['root'], null],
      [null, null],
      [null, [100]],
    ]);
    expect(sent.map((b) => b.wantedRevision ?? null)).toEqual([null, 4, 4, 4]);
    expect(sent.every((b) => b.agentVersion !== '' && b.appliedRevision === null)).toBe(true);
  });

  it('a refused heartbeat never stops the applies; an unreachable API does stop the poll', async () => {
    const config = {
      configDir: join(root, 'etc'),
      inspectIntervalMs: 60_000,
      facts: { apachectl: join(root, 'no-apachectl'), modWsgiSo: join(root, 'no.so'), getent: 'getent' },
      procDir: join(root, 'no-proc'),
    } as AgentConfig;
    const failing = (error: Error) =>
      ({ agentReport: () => Promise.reject(error) }) as unknown as AgentApiClient;
    const logger = recordingLogger();
    const refused = new AgentReporter(config, failing(new ApiRefusedError(400, 'too big')), logger);
    await expect(refused.report(emptyState())).resolves.toBeUndefined();
    expect(logger.events('agent.heartbeat')).toMatchObject([{ level: 'warn' }]);
    const down = new AgentReporter(config, failing(new ApiUnavailableError('ECONNREFUSED')), logger);
    await expect(down.report(emptyState())).rejects.toThrow('ECONNREFUSED');
  });
});
