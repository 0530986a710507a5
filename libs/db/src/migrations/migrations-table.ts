import type pg from 'pg';

/** The table `prisma migrate deploy` creates, column for column, so either tool can take over. */
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Prisma's advisory lock key for migrate commands: concurrent deploys wait for each other. */
export const MIGRATION_ADVISORY_LOCK_KEY = 72707369;

export interface MigrationRow {
  id: string;
  checksum: string;
  migrationName: string;
  startedAt: Date;
  finishedAt: Date | null;
  rolledBackAt: Date | null;
  logs: string | null;
}

export async function readMigrationRows(client: pg.ClientBase): Promise<MigrationRow[]> {
  const exists = await client.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!exists.rows[0]?.present) return [];
  const result = await client.query<MigrationRow>(
    `SELECT id, checksum, migration_name AS "migrationName", started_at AS "startedAt",
            finished_at AS "finishedAt", rolled_back_at AS "rolledBackAt", logs
       FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return result.rows;
}

/** A row that counts: not marked rolled back with `prisma migrate resolve --rolled-back`. */
export const isLive = (row: MigrationRow): boolean => row.rolledBackAt === null;
/** Started, not finished, not rolled back: Prisma blocks every later deploy on it (P3009). */
export const isFailed = (row: MigrationRow): boolean => isLive(row) && row.finishedAt === null;
