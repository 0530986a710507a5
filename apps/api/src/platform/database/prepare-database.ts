import { join } from 'node:path';
import { defaultMigrationsDir, migrateDatabase, startDatabase } from '#db';
import type { AppConfig } from '../config/app-config.js';
import type { AppLogger } from '../logging/create-logger.js';

export interface PreparedDatabase {
  readonly url: string;
  /** Stops the embedded PostgreSQL (a no-op for DATABASE_URL). */
  stop(): Promise<void>;
}

/**
 * Before the app starts: the database it will use (DATABASE_URL, or the embedded PostgreSQL in DATA_DIR/postgres),
 * migrated to the current schema. Stops the embedded database again if the migrations fail.
 */
export async function prepareDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'>,
  logger: AppLogger,
): Promise<PreparedDatabase> {
  const database = await startDatabase({
    // null, not undefined: the validated config decides, not a second look at process.env.
    databaseUrl: config.databaseUrl ?? null,
    dataDir: join(config.dataDir, 'postgres'),
    port: config.embeddedPgPort,
    log: (message: string) => logger.info({ component: 'database' }, message),
  });
  try {
    const migration = await migrateDatabase(database.url, defaultMigrationsDir());
    logger.info(
      { component: 'database', applied: migration.applied, durationMs: Math.round(migration.durationMs) },
      `Migrations: ${migration.applied.length} applied, ${migration.alreadyApplied.length} already in place`,
    );
    if (migration.modifiedAfterApply.length > 0) {
      logger.warn({ migrations: migration.modifiedAfterApply }, 'Applied migrations were edited afterwards');
    }
    return { url: database.url, stop: () => database.stop() };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
