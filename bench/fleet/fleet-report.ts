import { SAFETY_NET_POLLS } from '../../apps/agent/src/agent-reporter.js';
import type { DbActivity } from './db-activity.js';
import type { CallStats } from './fleet-recorder.js';

export interface FleetBenchResult {
  date: string;
  machine: string;
  node: string;
  loadBefore: string;
  loadAfter: string;
  agents: number;
  heartbeat: 'every-poll' | 'on-change';
  intervalMs: number;
  warmupSeconds: number;
  seconds: number;
  /** Both API processes together, % of one core over the measured window. */
  apiCpuPercent: number;
  apiCpuPercentEach: number[];
  loadGeneratorCpuPercent: number;
  requestsPerSecond: number;
  poll: CallStats;
  report: CallStats;
  /** Absent in runs before the agent asked for pending restarts. */
  restarts?: CallStats;
  connections: {
    total: number;
    clients: number;
    byApplication: Record<string, number>;
    poolPerApi: number;
    bound: number;
  };
  db: DbActivity;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const pct = (n: number) => `${n.toFixed(1)} %`;
const statuses = (s: CallStats) =>
  Object.entries(s.statuses)
    .map(([status, n]) => `${n} × ${status}`)
    .join(', ');

const apps = (r: FleetBenchResult) =>
  Object.entries(r.connections.byApplication)
    .map(([app, n]) => `${n} ${app === '(none)' ? 'pooled' : app}`)
    .join(', ');

/**
 * Calls per second the fleet asks for when every agent keeps its pace: the poll; before reports on change also a
 * report and a restart check each time; with them a report every SAFETY_NET_POLLS polls (no restarts wait here).
 */
export function demandPerSecond(r: FleetBenchResult): number {
  const calls =
    r.heartbeat === 'every-poll' ? 2 + (r.restarts === undefined ? 0 : 1) : 1 + 1 / SAFETY_NET_POLLS;
  return (r.agents * calls * 1000) / r.intervalMs;
}

/** CPU ms of both API processes per HTTP call the fleet made. */
export function cpuMsPerCall(r: FleetBenchResult): number {
  return (r.apiCpuPercent * 10) / r.requestsPerSecond;
}

export function fleetMarkdown(r: FleetBenchResult): string {
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  const pollsPerSecond = r.poll.count / r.seconds;
  const saturated = r.requestsPerSecond < 0.9 * demandPerSecond(r);
  /** What the fleet's demand costs at the measured CPU per call. */
  const needed = (cpuMsPerCall(r) * demandPerSecond(r)) / 10;
  return `## Fleet (\`npm run bench:fleet\`)

${r.agents.toLocaleString('en')} simulated agents, each making apps/agent's calls every ${r.intervalMs / 1000} s, ${
    r.heartbeat === 'on-change'
      ? `as apps/agent does since reports on change: \`GET /servers/{id}/publications/live\` with If-None-Match, which
is also the heartbeat (last seen batched in memory) and whose headers say whether restarts wait and the model
revision; a report (\`POST /servers/{id}/agent-reports\`) only when its content changed, the model revision
moved, or every ${SAFETY_NET_POLLS} polls; pending restarts asked only when the header says some wait (none here)`
      : `as apps/agent did before reports on change (FLEET_HEARTBEAT=every-poll): a report \`POST
/servers/{id}/agent-reports\` (facts and processes only when changed), \`GET /servers/{id}/publications/live\` with
If-None-Match, then \`GET …/daemon-group-restarts/pending\`, every poll`
  }; on their own keep-alive connections, spread over two
API processes (\`bench/api/api-process.js\`, booted as main.ts boots) on one embedded PostgreSQL. Servers: one
template (2 vhosts, 8 daemon groups) bulk-loaded and published through the API, copied ${r.agents - 1} times with SQL
(bench/fleet/seed-fleet.ts) with its revision marked live, one agent token each. The agents start staggered over
one interval from their state files (revision applied, its ETag known); the first report carries facts and
processes and asks which names to check. Measured after a warm-up of ${r.warmupSeconds.toFixed(0)} s.

Machine: ${r.machine}, Node ${r.node}, shared (load average ${r.loadBefore} before, ${r.loadAfter} after). One
run of ${r.seconds.toFixed(0)} s, ${r.date}.

| Figure | Measured | Target |
| --- | --- | --- |
| CPU of both API processes | ${pct(r.apiCpuPercent)} of one core (${r.apiCpuPercentEach.map(pct).join(' + ')})${saturated ? `; the load needs ${pct(needed)}` : ''} | ≤ 20 %: ${verdict(Math.max(r.apiCpuPercent, saturated ? needed : 0) <= 20)} |
| Poll latency (GET …/publications/live) | p50 ${ms(r.poll.p50Ms)}, p99 ${ms(r.poll.p99Ms)}, max ${ms(r.poll.maxMs)} | p99 ≤ 50 ms: ${verdict(r.poll.p99Ms <= 50)} |
${
  r.report.count === 0
    ? ''
    : `| Report latency (POST …/agent-reports) | p50 ${ms(r.report.p50Ms)}, p99 ${ms(r.report.p99Ms)}, max ${ms(r.report.maxMs)} | |\n`
}${
    r.restarts === undefined || r.restarts.count === 0
      ? ''
      : `| Pending restarts (GET …/daemon-group-restarts/pending) | p50 ${ms(r.restarts.p50Ms)}, p99 ${ms(r.restarts.p99Ms)}, max ${ms(r.restarts.maxMs)} | |\n`
  }| PostgreSQL connections (max of 1 s samples) | ${r.connections.clients} client backends (${apps(r)}), ${r.connections.total} in pg_stat_activity | ≤ 2 × (pool ${r.connections.poolPerApi} + 1 listener) = ${r.connections.bound}: ${verdict(r.connections.clients <= r.connections.bound)} |

- Calls: ${r.requestsPerSecond.toFixed(0)}/s (${pollsPerSecond.toFixed(0)} polls/s: ${statuses(r.poll)};
  reports: ${r.report.count === 0 ? 'none' : statuses(r.report)}; restart checks: ${
    r.restarts === undefined || r.restarts.count === 0 ? 'none' : statuses(r.restarts)
  }), ${cpuMsPerCall(r).toFixed(2)} ms of API CPU per call.
- PostgreSQL: ${r.db.transactionsPerSecond.toFixed(0)} transactions/s, ${r.db.rowWritesPerSecond.toFixed(0)} row writes/s,
  its client backends used ${pct(r.db.backendCpuPercent)} of one core.
- ${
    saturated
      ? `**Saturated**: ${r.requestsPerSecond.toFixed(0)} calls/s answered of the ${demandPerSecond(r).toFixed(0)}/s the fleet asks for — the calls queued (see the latencies), so the measured CPU is what the processes got, not what the load needs (${pct(needed)} of a core at the measured cost per call).`
      : `Not saturated: ${r.requestsPerSecond.toFixed(0)} of the ${demandPerSecond(r).toFixed(0)} calls/s the fleet asks for were answered in the window.`
  }
- The load generator (this process) used ${pct(r.loadGeneratorCpuPercent)} of one core.
- CPU is from /proc/<pid>/schedstat (utime + stime of /proc/<pid>/stat where absent) over the measured window.`;
}
