import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { readMigrationFiles, type MigrationFile } from './migration-files.js';
import { MigrationError } from './migration.error.js';
import {
  CREATE_MIGRATIONS_TABLE,
  MIGRATION_ADVISORY_LOCK_KEY,
  isFailed,
  isLive,
  readMigrationRows,
  type MigrationRow,
} from './migrations-table.js';

export interface MigrationReport {
  /** Applied by this call, in order. */
  applied: string[];
  /** Already applied before this call. */
  alreadyApplied: string[];
  /** Applied earlier but the file's checksum changed since: `prisma migrate deploy` also only warns. */
  modifiedAfterApply: string[];
  durationMs: number;
}

const RESOLVE_HINT =
  'Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve';

/**
 * `prisma migrate deploy` without the schema engine: same table, checksums, lock and failure rules.
 * Each migration.sql runs in one transaction together with its `finished_at` update, so a crash can never
 * leave a committed migration recorded as unfinished.
 */
export async function migrateDatabase(url: string, migrationsDir: string): Promise<MigrationReport> {
  const started = performance.now();
  const files = readMigrationFiles(migrationsDir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const rows = await readMigrationRows(client);
      assertNoFailedMigration(rows);
      const live = rows.filter(isLive);
      const done = new Map(live.map((row) => [row.migrationName, row]));
      const pending = files.filter((file) => !done.has(file.name));
      const report: MigrationReport = {
        applied: [],
        alreadyApplied: files.filter((file) => done.has(file.name)).map((file) => file.name),
        modifiedAfterApply: files
          .filter((file) => done.has(file.name) && done.get(file.name)?.checksum !== file.checksum)
          .map((file) => file.name),
        durationMs: 0,
      };
      for (const file of pending) {
        await applyOne(client, file);
        report.applied.push(file.name);
      }
      report.durationMs = performance.now() - started;
      return report;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

function assertNoFailedMigration(rows: MigrationRow[]): void {
  const failed = rows.find(isFailed);
  if (!failed) return;
  throw new MigrationError(
    'P3009',
    `migrate found failed migrations in the target database, new migrations will not be applied. ${RESOLVE_HINT}\n` +
      `The \`${failed.migrationName}\` migration started at ${failed.startedAt.toISOString()} failed`,
    failed.migrationName,
  );
}

async function applyOne(client: pg.Client, file: MigrationFile): Promise<void> {
  const id = randomUUID();
  // Recorded before the script runs and outside its transaction: if the script fails, this row with
  // finished_at NULL is what blocks later deploys until someone resolves it.
  await client.query(
    'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
    [id, file.checksum, file.name],
  );
  try {
    await client.query('BEGIN');
    await client.query(file.sql);
    await client.query(
      'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1',
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    const detail = describeDatabaseError(error);
    await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, detail]);
    throw new MigrationError(
      'P3018',
      `A migration failed to apply. New migrations cannot be applied before the error is recovered from. ${RESOLVE_HINT}\n\n` +
        `Migration name: ${file.name}\n\n${detail}`,
      file.name,
    );
  }
}

function describeDatabaseError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return `${typeof code === 'string' ? `Database error code: ${code}\n\n` : ''}Database error:\n${error.message}`;
  }
  return `Database error:\n${String(error)}`;
}
