import { cpus, loadavg, totalmem } from 'node:os';
import { syntheticServer } from '../synthetic-server.js';
import { startBenchStack } from './bench-stack.js';
import { writeDocSection } from './doc-section.js';
import { apiMarkdown, type ApiBenchResult } from './api-report.js';
import { healthPhase, htaccessPhase, resolvePhase, type PhaseTarget } from './load-phases.js';
import { processMemory } from './process-memory.js';

/**
 * `npm run bench:api`: the 10,000-vhost synthetic server bulk-loaded into a fresh database, the real API
 * in its own process, driven by autocannon from this one. Rewrites the API section of docs/benchmarks.md
 * (only at the default size).
 */
const VHOSTS = Number(process.env['BENCH_API_VHOSTS'] ?? 10_000);
const SECONDS = Number(process.env['BENCH_API_SECONDS'] ?? 10);
const CONNECTIONS = 16;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

async function timed(url: string, token: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

async function main(): Promise<void> {
  const loadBefore = load();
  console.log(
    `bench:api: ${VHOSTS} vhosts, ${CONNECTIONS} connections, ${SECONDS} s per phase (load ${loadBefore}) …`,
  );
  const model = syntheticServer(VHOSTS);
  const stack = await startBenchStack([model]);
  try {
    const idle = processMemory(stack.pid);
    const resolveUrl = `${stack.url}/api/v1/servers/${model.id}/resolve?host=site1.example.com&path=%2Fapp0_1.wsgi`;
    const coldMs = await timed(resolveUrl, stack.token);
    const warmMs = await timed(resolveUrl, stack.token);
    const loaded = processMemory(stack.pid);
    const target: PhaseTarget = {
      url: stack.url,
      pid: stack.pid,
      token: stack.token,
      serverId: model.id,
      vhosts: VHOSTS,
      connections: CONNECTIONS,
      seconds: SECONDS,
    };
    // Alternated, so a change in machine load hits both sides of the ratio alike.
    const phases = [];
    for (let round = 0; round < 2; round++) {
      phases.push(await healthPhase(target));
      phases.push(await resolvePhase(target));
    }
    phases.push(await htaccessPhase(target));
    const end = processMemory(stack.pid);
    const cpu = cpus();
    const result: ApiBenchResult = {
      date: new Date().toISOString(),
      machine: `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
      node: process.version,
      loadBefore,
      loadAfter: load(),
      vhosts: VHOSTS,
      connections: CONNECTIONS,
      seconds: SECONDS,
      bulkLoadMs: stack.loadMs,
      coldResolveMs: coldMs,
      warmResolveMs: warmMs,
      memory: { idle, loaded, end },
      phases,
    };
    console.log(JSON.stringify(result, null, 2));
    if (process.env['BENCH_API_VHOSTS'] === undefined) await writeDocSection('api', apiMarkdown(result));
  } finally {
    await stack.stop();
  }
}

await main();
