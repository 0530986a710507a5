import autocannon, { type Result } from 'autocannon';
import { requestMix } from '../request-mix.js';
import { RULES_PER_DIRECTORY, DIRECTORIES_PER_VHOST, GROUPS_PER_VHOST } from '../synthetic-server.js';
import { processCpuMs } from './process-cpu.js';
import { whileSampling } from './process-memory.js';

export interface PhaseResult {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
  maxRssMB: number;
  /** CPU time the API process used per request during the phase (µs); null where /proc is missing. */
  cpuUsPerRequest: number | null;
}

export interface PhaseTarget {
  url: string;
  pid: number;
  token: string;
  serverId: string;
  vhosts: number;
  connections: number;
  seconds: number;
}

async function phase(
  name: string,
  target: PhaseTarget,
  options: Parameters<typeof autocannon>[0],
): Promise<PhaseResult> {
  const cpuBefore = processCpuMs(target.pid);
  const { value: result, maxRssMB } = await whileSampling(target.pid, () => autocannon(options));
  const cpuAfter = processCpuMs(target.pid);
  const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return summary(name, result, maxRssMB, cpuMs);
}

function summary(name: string, r: Result, maxRssMB: number, cpuMs: number | null): PhaseResult {
  return {
    name,
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    maxRssMB,
    cpuUsPerRequest: cpuMs === null || r.requests.total === 0 ? null : (cpuMs * 1000) / r.requests.total,
  };
}

/** GET /health: the same app (Nest, Express, middleware, logging) with no auth, engine or database. */
export function healthPhase(target: PhaseTarget): Promise<PhaseResult> {
  return phase('GET /health', target, {
    url: `${target.url}/health`,
    connections: target.connections,
    duration: target.seconds,
  });
}

/** GET /resolve as the admin over the engine bench's request mix (200s, misses, unknown hosts). */
export function resolvePhase(target: PhaseTarget): Promise<PhaseResult> {
  const mix = requestMix(target.vhosts, 4096).map(
    (r) =>
      `/api/v1/servers/${target.serverId}/resolve?host=${encodeURIComponent(r.host)}` +
      `&path=${encodeURIComponent(r.path)}&port=${r.port ?? 80}`,
  );
  let next = 0;
  return phase('GET /servers/{id}/resolve', target, {
    url: target.url,
    connections: target.connections,
    duration: target.seconds,
    headers: { authorization: `Bearer ${target.token}` },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: mix[next++ % mix.length] as string }),
      },
    ],
  });
}

/**
 * PUT /directories/{id}/htaccess, JSON, each request on another tenant's directory (all on the one
 * server, so every write contends for the same server row lock): its 10 rules with the first one moved
 * to another of the tenant's daemon groups, so every write is a real change.
 */
export function htaccessPhase(target: PhaseTarget): Promise<PhaseResult> {
  let next = 0;
  return phase('PUT /directories/{id}/htaccess', target, {
    url: target.url,
    connections: target.connections,
    duration: target.seconds,
    headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'PUT',
        setupRequest: (request) => {
          const k = next++;
          const vhost = (k * 7919) % target.vhosts;
          const dir = k % DIRECTORIES_PER_VHOST;
          return {
            ...request,
            path: `/api/v1/directories/dir-${vhost}-${dir}/htaccess`,
            body: rulesBody(vhost, dir, k),
          };
        },
      },
    ],
  });
}

/** The synthetic directory's rules (bench/synthetic-server.ts), rule 0 pointed at group (k mod 4) + 1. */
function rulesBody(vhost: number, dir: number, k: number): string {
  const tenant = `t${vhost}`;
  const rules = Array.from({ length: RULES_PER_DIRECTORY }, (_, r) => {
    const group = `${tenant}:${((r === 0 ? k : r) % GROUPS_PER_VHOST) + 1}`;
    return r % 5 === 4
      ? { filesMatch: `^app${dir}_${r}\\.wsgi$`, processGroup: group }
      : { files: `app${dir}_${r}.wsgi`, processGroup: group };
  });
  return JSON.stringify({ rules });
}
