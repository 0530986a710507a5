import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultMigrationsDir,
  findFreePort,
  migrateDatabase,
  startDatabase,
  type RunningDatabase,
} from '../../libs/db/src/index.js';
import type { ServerModel } from '../../libs/apache/src/model/server-model.js';
import { bulkLoad } from './bulk-load.js';

export const ADMIN = { username: 'admin', password: 'bench-admin-password-1' };

export interface BenchStack {
  readonly url: string;
  /** The API process (for /proc/<pid>/status). */
  readonly pid: number;
  readonly databaseUrl: string;
  readonly loadMs: number;
  /** A bearer token of the bootstrap admin. */
  readonly token: string;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Extra environment of the API process (publishing settings). */
  env?: Record<string, string>;
  /** Directory for the embedded cluster and the API's data; removed by stop(). */
  workDir?: string;
}

/**
 * A fresh embedded PostgreSQL in a temp dir, migrated by the repo's runner, the model bulk-loaded with SQL,
 * then the real API booted in a child process against it.
 */
export async function startBenchStack(
  models: readonly ServerModel[],
  options: StackOptions = {},
): Promise<BenchStack> {
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'hostplane-bench-'));
  chmodSync(workDir, 0o755); // PostgreSQL runs as the postgres user when we are root
  let database: RunningDatabase | undefined;
  let child: ChildProcess | undefined;
  try {
    database = await startDatabase({
      databaseUrl: null,
      dataDir: join(workDir, 'postgres'),
      port: await findFreePort(),
    });
    await migrateDatabase(database.url, defaultMigrationsDir());
    const started = performance.now();
    for (const model of models) await bulkLoad(database.url, model);
    const loadMs = performance.now() - started;
    const entry = fileURLToPath(new URL('./api-process.js', import.meta.url));
    const profileDir = process.env['BENCH_API_CPU_PROF_DIR'];
    child = fork(entry, [], {
      // BENCH_API_CPU_PROF_DIR=/tmp/prof: a V8 CPU profile of the API process, written when it stops.
      execArgv: profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        DATABASE_URL: database.url,
        PORT: '0',
        HOST: '127.0.0.1',
        HOSTPLANE_DATA_DIR: join(workDir, 'api'),
        BOOTSTRAP_ADMIN_USERNAME: ADMIN.username,
        BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
        JWT_SECRET: randomBytes(32).toString('hex'),
        JWT_TTL_SECONDS: '3600',
        LOG_LEVEL: process.env['BENCH_API_LOG_LEVEL'] ?? 'info',
        // The benchmark is one credential at full speed: the per-credential abuse limit is not what it measures.
        RATE_LIMIT_PER_CREDENTIAL: '0',
        ...options.env,
      },
      // The API logs one line per request at info: keep that cost, drop the output.
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      child?.once('message', (m) => resolve((m as { url: string }).url));
      child?.once('exit', (code) => reject(new Error(`the API process exited with ${code}`)));
    });
    const token = await login(url);
    const db = database;
    const api = child;
    return {
      url,
      pid: api.pid ?? 0,
      databaseUrl: db.url,
      loadMs,
      token,
      stop: async () => {
        await stopChild(api);
        await db.stop();
        if (options.workDir === undefined) rmSync(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (child !== undefined) await stopChild(child);
    await database?.stop();
    if (options.workDir === undefined) rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}

async function login(url: string): Promise<string> {
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
