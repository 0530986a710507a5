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
import { forkApi, login, type ApiChild } from '../api/api-child.js';
import { bulkLoad } from '../api/bulk-load.js';
import { syntheticServer } from '../synthetic-server.js';
import { seedFleet, type FleetServer } from './seed-fleet.js';

export interface FleetStack {
  readonly databaseUrl: string;
  /** The two API replicas (same database, same JWT secret). */
  readonly apis: readonly ApiChild[];
  readonly servers: readonly FleetServer[];
  readonly seedMs: number;
  stop(): Promise<void>;
}

/** The template server: 2 tenant vhosts (8 daemon groups, 4 directories), a realistic small web server. */
const TEMPLATE_VHOSTS = 2;

/**
 * One embedded PostgreSQL (as bench:api starts it), two API processes on it in agent mode
 * (HOSTPLANE_APPLY_MODE=none), and `count` servers: the template bulk-loaded and published through the API
 * (a pending revision the agents will apply and report), the rest copied from it by seedFleet().
 */
export async function startFleetStack(count: number): Promise<FleetStack> {
  const workDir = mkdtempSync(join(tmpdir(), 'hostplane-fleet-'));
  chmodSync(workDir, 0o755); // PostgreSQL runs as the postgres user when we are root
  let database: RunningDatabase | undefined;
  const apis: ApiChild[] = [];
  const stop = async () => {
    for (const api of apis) await api.stop();
    await database?.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    database = await startDatabase({
      databaseUrl: null,
      dataDir: join(workDir, 'postgres'),
      port: await findFreePort(),
    });
    await migrateDatabase(database.url, defaultMigrationsDir());
    const template = syntheticServer(TEMPLATE_VHOSTS);
    await bulkLoad(database.url, template);
    const jwtSecret = randomBytes(32).toString('hex');
    const env = { HOSTPLANE_APPLY_MODE: 'none' };
    for (const dataName of ['api-1', 'api-2']) {
      apis.push(await forkApi({ databaseUrl: database.url, workDir, dataName, jwtSecret, env }));
    }
    const first = apis[0];
    if (first === undefined) throw new Error('no API process');
    const started = performance.now();
    await publish(first.url, await login(first.url), template.id);
    const servers = await seedFleet(database.url, template.id, count);
    return { databaseUrl: database.url, apis, servers, seedMs: performance.now() - started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function publish(url: string, token: string, serverId: string): Promise<void> {
  const response = await fetch(`${url}/api/v1/servers/${serverId}/publications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'fleet benchmark' }),
  });
  if (response.status !== 201) throw new Error(`publish: ${response.status} ${await response.text()}`);
}
