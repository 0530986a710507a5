import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ADMIN = { username: 'admin', password: 'bench-admin-password-1' };

export interface ApiChild {
  readonly url: string;
  /** The API process (for /proc/<pid>/status and /proc/<pid>/stat). */
  readonly pid: number;
  stop(): Promise<void>;
}

export interface ApiChildOptions {
  databaseUrl: string;
  /** The API's HOSTPLANE_DATA_DIR is <workDir>/<dataName>. */
  workDir: string;
  dataName?: string;
  /** Shared by replicas, so a session of one is accepted by the other. */
  jwtSecret: string;
  /** Extra environment of the API process (publishing settings). */
  env?: Record<string, string>;
}

/**
 * The real API booted in a child process (api-process.js, as main.ts boots it) against an existing database.
 * BENCH_API_CPU_PROF_DIR=/tmp/prof: a V8 CPU profile of each API process, written when it stops.
 */
export async function forkApi(options: ApiChildOptions): Promise<ApiChild> {
  const entry = fileURLToPath(new URL('./api-process.js', import.meta.url));
  const profileDir = process.env['BENCH_API_CPU_PROF_DIR'];
  const child = fork(entry, [], {
    execArgv: profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      DATABASE_URL: options.databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      HOSTPLANE_DATA_DIR: join(options.workDir, options.dataName ?? 'api'),
      BOOTSTRAP_ADMIN_USERNAME: ADMIN.username,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      JWT_SECRET: options.jwtSecret,
      JWT_TTL_SECONDS: '3600',
      LOG_LEVEL: process.env['BENCH_API_LOG_LEVEL'] ?? 'info',
      // The benchmark is one credential at full speed: the per-credential abuse limit is not what it measures.
      RATE_LIMIT_PER_CREDENTIAL: '0',
      ...options.env,
    },
    // The API logs one line per request at info: keep that cost, drop the output.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.once('message', (m) => resolve((m as { url: string }).url));
      child.once('exit', (code) => reject(new Error(`the API process exited with ${code}`)));
    });
    return { url, pid: child.pid ?? 0, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** A bearer token of the bootstrap admin. */
export async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!response.ok) throw new Error(`login: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { accessToken: string };
  return body.accessToken;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.send('stop');
  });
}
