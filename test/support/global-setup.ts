import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'node:module';
import pg from 'pg';

/**
 * One PostgreSQL for the whole jest run (embedded in a temp dir on a free port, or DATABASE_URL),
 * migrated once into a template database that every test file clones (test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  // Jest loads this file natively, so the TypeScript it imports needs Node hooks (see the loader).
  register('./typescript-loader.mjs', import.meta.url);
  const { defaultMigrationsDir, findFreePort, migrateDatabase, startDatabase } =
    await import('../../libs/db/src/index.js');
  const { TEMPLATE_DATABASE, TEST_PG_URL_ENV } = await import('./test-database.js');
  const root = mkdtempSync(join(tmpdir(), 'hostplane-test-pg-'));
  chmodSync(root, 0o755); // PostgreSQL runs as the postgres user when we are root
  const database = await startDatabase({
    dataDir: join(root, 'data'),
    port: await findFreePort(),
    // Throw-away cluster: durability buys nothing here and costs time on every CREATE DATABASE.
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  // globalSetup and globalTeardown run in the same jest process; hand the handle over on globalThis.
  (globalThis as TestClusterHolder).__hostplaneTestCluster = { stop: database.stop, root };
  const admin = new pg.Client({ connectionString: database.adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  const templateUrl = new URL(database.adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  const migration = await migrateDatabase(templateUrl.toString(), defaultMigrationsDir());
  process.env[TEST_PG_URL_ENV] = database.adminUrl;
  if (process.env.HOSTPLANE_TEST_PG_TIMINGS) {
    console.log(
      `\n[test db] ${database.embedded ? 'embedded' : 'external'}: initdb ${fmt(database.timings.initdbMs)}, ` +
        `start ${fmt(database.timings.startMs)}, migrate ${fmt(migration.durationMs)}`,
    );
  }
}

export interface TestClusterHolder {
  __hostplaneTestCluster?: { stop(): Promise<void>; root: string };
}

const fmt = (ms: number | null): string => (ms === null ? '-' : `${Math.round(ms)} ms`);
