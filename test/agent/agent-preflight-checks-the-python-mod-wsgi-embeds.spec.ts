/**
 * Issue 10/12: the agent learns the Python X.Y mod_wsgi embeds (from the libpython its module links) and the
 * server's declared X.Y (from the answer to its report), and its apply's preflight refuses a virtualenv of
 * another X.Y like the local applier does.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { AgentConfig } from '../../apps/agent/src/agent-config.js';
import { AgentReporter } from '../../apps/agent/src/agent-reporter.js';
import { emptyState } from '../../apps/agent/src/agent-state.js';
import type { AgentApiClient, WantedPublication } from '../../apps/agent/src/api-client.js';
import { applyPublication } from '../../apps/agent/src/apply-publication.js';
import { readHostFacts } from '../../apps/agent/src/host-facts.js';
import { recordingLogger } from './support/agent-harness.js';

const DEBIAN_MOD_WSGI = '/usr/lib/apache2/modules/mod_wsgi.so';
const root = mkdtempSync(join(tmpdir(), 'hp-agent-python-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function config(extra: Partial<AgentConfig> = {}): AgentConfig {
  return {
    configDir: join(root, 'etc'),
    stateDir: join(root, 'state'),
    inspectIntervalMs: 60_000,
    force: false,
    facts: { apachectl: join(root, 'no-apachectl'), modWsgiSo: join(root, 'fake.so'), getent: 'getent' },
    procDir: join(root, 'no-proc'),
    ...extra,
  } as AgentConfig;
}

describe('the Python X.Y the agent checks virtualenvs against', () => {
  it.each(existsSync(DEBIAN_MOD_WSGI) ? [DEBIAN_MOD_WSGI] : [])(
    'reads X.Y of the libpython %s links (the same as ldd says)',
    async (so) => {
      const ldd = execFileSync('ldd', [so], { encoding: 'utf8' });
      const linked = /libpython(\d+\.\d+)/.exec(ldd)?.[1];
      expect(linked).toMatch(/^3\.\d+$/);
      const facts = await readHostFacts({ apachectl: '/nonexistent', modWsgiSo: so, getent: 'getent' }, null);
      expect(facts.pythonVersion).toBe(linked);
      expect(facts.modWsgiVersion).toMatch(/^\d+\.\d+\.\d+$/);
    },
  );

  it('without getent, users and groups are unknown (neither found nor missing)', async () => {
    const facts = await readHostFacts(
      { apachectl: '/nonexistent', modWsgiSo: '/nonexistent', getent: join(root, 'no-getent') },
      { modelRevision: 1, unixUsers: ['root'], unixGroups: ['root'], env: [] },
    );
    expect(facts).not.toHaveProperty('unixUsers');
    expect(facts).not.toHaveProperty('missingUnixUsers');
    expect(facts).not.toHaveProperty('missingUnixGroups');
  });

  it('the declared X.Y from the API wins; without one, the X.Y this host’s mod_wsgi links', async () => {
    writeFileSync(join(root, 'fake.so'), 'ELF\u0000libpython3.9.so.1.0\u00004.9.4\u0000');
    let declared: string | null = '3.12';
    const api = {
      agentReport: () =>
        Promise.resolve({
          receivedAt: new Date().toISOString(),
          wanted: null,
          forceRevision: null,
          pythonVersion: declared,
        }),
    } as unknown as AgentApiClient;
    const reporter = new AgentReporter(config(), api, recordingLogger());
    expect(reporter.pythonVersion()).toBeNull();
    await reporter.report(emptyState());
    expect(reporter.pythonVersion()).toBe('3.12');
    declared = null;
    await reporter.report(emptyState());
    expect(reporter.pythonVersion()).toBe('3.9');
  });

  it('the apply refuses a 3.12 virtualenv when mod_wsgi embeds 3.11, before the configtest; without an X.Y only the shape is checked', async () => {
    const venv = join(root, 'home/bob/venv');
    mkdirSync(venv, { recursive: true });
    writeFileSync(join(venv, 'pyvenv.cfg'), 'home = /usr/bin\nversion = 3.12.1\n');
    const include = `WSGIDaemonProcess bob:2 user=bob group=bob python-home=${venv}\n`;
    const publication = {
      revision: 1,
      files: [
        {
          path: 'httpd/hostplane.conf',
          content: include,
          sha256: createHash('sha256').update(include).digest('hex'),
        },
      ],
    } as WantedPublication;
    const agentConfig = (name: string) =>
      config({
        configDir: join(root, name, 'etc'),
        stateDir: join(root, name, 'state'),
        configtest: { argv: ['true'] },
      });

    const refused = await applyPublication(agentConfig('a'), publication, [], recordingLogger(), '3.11');
    expect(refused.report.status).toBe('failed');
    expect(refused.report.log).toContain('Preflight refused python-home of daemon group bob:2');
    expect(refused.report.log).toContain('3.12');

    const shapeOnly = await applyPublication(agentConfig('b'), publication, [], recordingLogger(), null);
    expect(shapeOnly.report.log).not.toContain('Preflight refused');
  });
});
