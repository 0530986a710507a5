import { setTimeout as delay } from 'node:timers/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { processCpuMs } from '../api/process-cpu.js';
import { writeDocSection } from '../api/doc-section.js';
import { dbActivity, dbSnapshot } from './db-activity.js';
import { fleetMarkdown, type FleetBenchResult } from './fleet-report.js';
import { FleetRecorder } from './fleet-recorder.js';
import { startFleetStack } from './fleet-stack.js';
import { PgConnectionSampler } from './pg-connections.js';
import { SimulatedAgent } from './simulated-agent.js';

/**
 * `npm run bench:fleet`: FLEET_AGENTS simulated agents (default 1,000), each polling every
 * FLEET_INTERVAL_MS (5 s) with the calls apps/agent makes, spread over two real API processes on one
 * embedded PostgreSQL, every server already at its live revision. After a warm-up (agents started, first
 * heartbeats with facts and processes sent, every agent up to date) it
 * measures FLEET_SECONDS (60) of steady state: the API processes' CPU, call latencies, and PostgreSQL's
 * connections. Rewrites the Fleet section of docs/benchmarks.md when run with the defaults.
 * FLEET_HEARTBEAT=every-poll: the agent before reports on change (a report and a restart check every poll).
 */
const AGENTS = Number(process.env['FLEET_AGENTS'] ?? 1_000);
const SECONDS = Number(process.env['FLEET_SECONDS'] ?? 60);
const INTERVAL_MS = Number(process.env['FLEET_INTERVAL_MS'] ?? 5_000);
const HEARTBEAT = process.env['FLEET_HEARTBEAT'] === 'every-poll' ? 'every-poll' : 'on-change';
/** pg's default pool per Prisma client (libs/db createPrismaClient sets none), plus the change listener. */
const POOL_SIZE = 10;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

async function main(): Promise<void> {
  const loadBefore = load();
  console.log(
    `bench:fleet: ${AGENTS} agents every ${INTERVAL_MS} ms, ${SECONDS} s measured (load ${loadBefore}) …`,
  );
  const stack = await startFleetStack(AGENTS);
  const sampler = new PgConnectionSampler(stack.databaseUrl);
  const recorder = new FleetRecorder();
  const agents = stack.servers.map(
    (server, i) =>
      new SimulatedAgent({
        apiUrl: stack.apis[i % stack.apis.length]?.url ?? '',
        serverId: server.serverId,
        token: server.token,
        pollIntervalMs: INTERVAL_MS,
        heartbeat: HEARTBEAT,
        state: { ...server.live, etag: `"${server.live.publicationId}.live"` },
        recorder,
      }),
  );
  try {
    console.log(`  ${AGENTS} servers seeded in ${(stack.seedMs / 1000).toFixed(1)} s; starting the agents …`);
    await sampler.start();
    // Staggered over one interval, as agents started at random times would be.
    const running = agents.map((agent, i) => agent.run((i * INTERVAL_MS) / AGENTS));
    const warmupStarted = performance.now();
    // Warm-up: two intervals, and until every agent has applied its revision, holds its ETag and has had its
    // start-up reports (facts, then the names the API asked about) answered.
    await delay(2 * INTERVAL_MS);
    while (agents.some((a) => !a.upToDate || !a.settled)) {
      if (performance.now() - warmupStarted > 300_000) {
        const behind = agents.filter((a) => !a.upToDate || !a.settled);
        const errors = [...new Set(behind.map((a) => a.lastError))].slice(0, 5).join('; ');
        throw new Error(`${behind.length} agents still not up to date after 5 min (${errors})`);
      }
      if (Math.round(performance.now() - warmupStarted) % 10_000 < 500) {
        const behind = agents.filter((a) => !a.upToDate || !a.settled).length;
        console.log(`  warm-up: ${behind} agents not up to date (or not settled) yet`);
      }
      await delay(500);
    }
    // One more interval, so the last ones' catch-up polls are behind us.
    await delay(INTERVAL_MS);
    const warmupMs = performance.now() - warmupStarted;
    const pids = stack.apis.map((api) => api.pid);
    const cpuBefore = pids.map((pid) => processCpuMs(pid) ?? NaN);
    const ownBefore = process.cpuUsage();
    const dbBefore = await dbSnapshot(stack.databaseUrl);
    const started = performance.now();
    recorder.measuring = true;
    await delay(SECONDS * 1000);
    recorder.measuring = false;
    const elapsedMs = performance.now() - started;
    const cpuAfter = pids.map((pid) => processCpuMs(pid) ?? NaN);
    const own = process.cpuUsage(ownBefore);
    const db = dbActivity(dbBefore, await dbSnapshot(stack.databaseUrl));
    const perApi = pids.map((_, i) => ((cpuAfter[i] ?? NaN) - (cpuBefore[i] ?? NaN)) / (elapsedMs / 100));
    for (const agent of agents) agent.stop();
    await Promise.all(running);
    const cpu = cpus();
    const poll = recorder.stats('poll');
    const report = recorder.stats('report');
    const restarts = recorder.stats('restarts');
    const result: FleetBenchResult = {
      date: new Date().toISOString(),
      machine: `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
      node: process.version,
      loadBefore,
      loadAfter: load(),
      agents: AGENTS,
      heartbeat: HEARTBEAT,
      intervalMs: INTERVAL_MS,
      warmupSeconds: warmupMs / 1000,
      seconds: elapsedMs / 1000,
      apiCpuPercent: perApi.reduce((a, b) => a + b, 0),
      apiCpuPercentEach: perApi,
      loadGeneratorCpuPercent: (own.user + own.system) / 10 / elapsedMs,
      requestsPerSecond:
        (poll.count + report.count + restarts.count + recorder.stats('deployment').count) /
        (elapsedMs / 1000),
      poll,
      report,
      restarts,
      connections: {
        ...sampler.max,
        byApplication: sampler.byApplication,
        poolPerApi: POOL_SIZE,
        bound: 2 * (POOL_SIZE + 1),
      },
      db,
    };
    console.log(JSON.stringify(result, null, 2));
    const defaults = ['FLEET_AGENTS', 'FLEET_SECONDS', 'FLEET_INTERVAL_MS', 'FLEET_HEARTBEAT'];
    if (defaults.every((name) => process.env[name] === undefined)) {
      await writeDocSection('fleet', fleetMarkdown(result));
    }
  } finally {
    for (const agent of agents) agent.stop();
    await sampler.stop().catch(() => undefined);
    await stack.stop();
  }
}

await main();
