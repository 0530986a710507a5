import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  defaultMigrationsDir,
  findFreePort,
  migrateDatabase,
  startDatabase,
  type RunningDatabase,
} from '../../libs/db/src/index.js';
import type { ServerModel } from '../../libs/apache/src/model/server-model.js';
import { forkApi, login, type ApiChild } from './api-child.js';
import { bulkLoad } from './bulk-load.js';

export { ADMIN } from './api-child.js';

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
  let api: ApiChild | undefined;
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
    api = await forkApi({
      databaseUrl: database.url,
      workDir,
      jwtSecret: randomBytes(32).toString('hex'),
      ...(options.env === undefined ? {} : { env: options.env }),
    });
    const token = await login(api.url);
    const db = database;
    const child = api;
    return {
      url: child.url,
      pid: child.pid,
      databaseUrl: db.url,
      loadMs,
      token,
      stop: async () => {
        await child.stop();
        await db.stop();
        if (options.workDir === undefined) rmSync(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await api?.stop();
    await database?.stop();
    if (options.workDir === undefined) rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}
