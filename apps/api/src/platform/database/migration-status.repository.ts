import { Inject, Injectable } from '@nestjs/common';
import { defaultMigrationsDir, pendingMigrations } from '#db';
import { DATABASE_URL } from './database.tokens.js';

/** What the migrations table says against the migrations this build ships. */
@Injectable()
export class MigrationStatusRepository {
  private readonly migrationsDir = defaultMigrationsDir();

  constructor(@Inject(DATABASE_URL) private readonly databaseUrl: string | null) {}

  /**
   * Names of the shipped migrations not applied yet. Reading the migrations table is also the reachability
   * probe (one round trip, not two): it throws when the database cannot be reached, or when there is none.
   */
  async pendingMigrationNames(): Promise<string[]> {
    if (this.databaseUrl === null) throw new Error('This instance runs without a database.');
    return pendingMigrations(this.databaseUrl, this.migrationsDir);
  }
}
