import pg from 'pg';
import { readMigrationFiles } from './migration-files.js';
import { isLive, readMigrationRows } from './migrations-table.js';

/**
 * Local migrations the database has not successfully applied, for /ready. Unlike deploy's work list this
 * includes a failed migration (its row exists but finished_at is NULL): such a database is not ready.
 */
export async function pendingMigrations(url: string, migrationsDir: string): Promise<string[]> {
  const files = readMigrationFiles(migrationsDir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const finished = new Set(
      (await readMigrationRows(client))
        .filter((row) => isLive(row) && row.finishedAt !== null)
        .map((row) => row.migrationName),
    );
    return files.filter((file) => !finished.has(file.name)).map((file) => file.name);
  } finally {
    await client.end();
  }
}
