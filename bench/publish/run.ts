import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { ServerModel } from '../../libs/apache/src/model/server-model.js';
import { APACHE_BIN, apacheInstalled, ensureUnixUsers } from '../apache-check.js';
import { startBenchStack, type BenchStack } from '../api/bench-stack.js';
import { writeDocSection } from '../api/doc-section.js';
import { syntheticServer } from '../synthetic-server.js';
import { writeApacheMainConfig } from './apache-main-config.js';
import { withPooledTenants } from './pooled-tenants.js';
import { parsePublishLog, type PublishMeasure } from './publish-steps.js';
import { publishMarkdown, type PublishBenchResult, type SizeRun } from './publish-report.js';

/**
 * `npm run bench:publish`: per size, the synthetic server bulk-loaded, the API booted with
 * HOSTPLANE_APPLY_MODE=local into a temp root, then: the first publish (every file), one .htaccess rule
 * changed and published, one daemon-group setting changed and published (the include changes, so
 * Apache's configtest and reload run). Each publish is split by step from its stored log.
 */
const SIZES = (process.env['BENCH_PUBLISH_SIZES'] ?? '1000,10000').split(',').map(Number);
const APACHE_USERS = Array.from({ length: 16 }, (_, i) => `hpbench${String(i).padStart(2, '0')}`);

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

async function call(stack: BenchStack, method: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${stack.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${stack.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as unknown;
}

async function publish(stack: BenchStack, serverId: string, label: string): Promise<PublishMeasure> {
  const started = performance.now();
  const body = (await call(stack, 'POST', `/servers/${serverId}/publications`, { reason: label })) as {
    kind: string;
    status: string;
    log: string | null;
  };
  const wallMs = performance.now() - started;
  return { label, wallMs, kind: body.kind, status: body.status, steps: parsePublishLog(body.log ?? '') };
}

async function runSize(vhosts: number, withApache: boolean): Promise<SizeRun> {
  const root = mkdtempSync(join(tmpdir(), 'hostplane-bench-publish-'));
  chmodSync(root, 0o755);
  try {
    const model: ServerModel = {
      ...withPooledTenants(syntheticServer(vhosts), APACHE_USERS),
      configDir: join(root, 'etc/hostplane'),
      socketPrefix: join(root, 'w'),
    };
    for (const directory of model.directories) mkdirSync(join(root, directory.path), { recursive: true });
    const main = writeApacheMainConfig(join(root, 'apache'));
    const configtest = withApache
      ? [APACHE_BIN, '-t', '-f', main, '-C', 'Define HOSTPLANE_INCLUDE {include}']
      : ['true'];
    const stack = await startBenchStack([model], {
      env: {
        HOSTPLANE_APPLY_MODE: 'local',
        HOSTPLANE_APPLY_ROOT_PREFIX: root,
        HOSTPLANE_JOURNAL_DIR: join(root, 'journal'),
        HOSTPLANE_CONFIGTEST_CMD: JSON.stringify(configtest),
        // No Apache runs here to reload: `true` stands in, its step time is the process spawn.
        HOSTPLANE_RELOAD_CMD: JSON.stringify(['true']),
      },
    });
    try {
      const first = await publish(stack, model.id, 'first publish (every file)');
      await call(stack, 'PUT', '/directories/dir-5-0/htaccess', { rules: changedRules(5) });
      const rule = await publish(stack, model.id, 'one .htaccess rule changed');
      await call(stack, 'PATCH', '/daemon-groups/dg-5-2', { threads: 16 });
      const include = await publish(stack, model.id, 'one daemon-group setting changed (include)');
      return { vhosts, bulkLoadMs: stack.loadMs, publishes: [first, rule, include] };
    } finally {
      await stack.stop();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** dir-<v>-0's synthetic rules with the first one moved to the tenant's group 3. */
function changedRules(vhost: number): object[] {
  return Array.from({ length: 10 }, (_, r) => {
    const group = `t${vhost}:${r === 0 ? 3 : (r % 4) + 1}`;
    return r % 5 === 4
      ? { filesMatch: `^app0_${r}\\.wsgi$`, processGroup: group }
      : { files: `app0_${r}.wsgi`, processGroup: group };
  });
}

async function main(): Promise<void> {
  const loadBefore = load();
  const missing = apacheInstalled() ? ensureUnixUsers(APACHE_USERS) : 'not installed';
  const withApache = missing === null;
  console.log(
    `bench:publish: ${SIZES.join(', ')} vhosts, configtest ${withApache ? APACHE_BIN : `true (${missing})`} (load ${loadBefore}) …`,
  );
  const runs: SizeRun[] = [];
  for (const size of SIZES) {
    runs.push(await runSize(size, withApache));
    console.log(JSON.stringify(runs.at(-1), null, 2));
  }
  const cpu = cpus();
  const result: PublishBenchResult = {
    date: new Date().toISOString(),
    machine: `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
    node: process.version,
    loadBefore,
    loadAfter: load(),
    configtest: withApache
      ? `${APACHE_BIN} -t -f <private main config> -C 'Define HOSTPLANE_INCLUDE {include}'`
      : `true (${missing})`,
    runs,
  };
  if (process.env['BENCH_PUBLISH_SIZES'] === undefined)
    await writeDocSection('publish', publishMarkdown(result));
}

await main();
