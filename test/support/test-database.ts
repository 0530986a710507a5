import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPrismaClient, type PrismaClient } from '../../libs/db/src/index.js';

/** Set by global-setup.ts: a maintenance URL on the run's PostgreSQL, and the migrated template's name. */
export const TEST_PG_URL_ENV = 'HOSTPLANE_TEST_PG_URL';
export const TEMPLATE_DATABASE = 'hostplane_template';

export interface TestDatabase {
  name: string;
  url: string;
  /** Lazily created; disconnected by drop(). */
  prisma(): PrismaClient;
  drop(): Promise<void>;
}

/** The maintenance URL of the run's PostgreSQL, pointed at another database. */
export function testDatabaseUrl(database: string): string {
  const admin = process.env[TEST_PG_URL_ENV];
  if (!admin)
    throw new Error(
      `${TEST_PG_URL_ENV} is not set: run the tests through jest (test/support/global-setup.ts)`,
    );
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A fresh, fully migrated database for one test file: a copy of the template global-setup migrated once.
 * CREATE DATABASE … TEMPLATE is a file copy, far cheaper than migrating again.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `hostplane_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  const url = testDatabaseUrl(name);
  let client: PrismaClient | undefined;
  return {
    name,
    url,
    prisma: () => (client ??= createPrismaClient(url)),
    drop: async () => {
      await client?.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
