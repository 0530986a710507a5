import { Inject, Injectable } from '@nestjs/common';
import { defaultMigrationsDir, pendingMigrations } from '#db';
import { AppError } from '../errors/app-error.js';
import { DATABASE_URL } from '../database/database.tokens.js';
import type { Health } from './health.dto.js';

@Injectable()
export class ReadinessService {
  private readonly migrationsDir = defaultMigrationsDir();

  constructor(@Inject(DATABASE_URL) private readonly databaseUrl: string | null) {}

  async check(): Promise<Health> {
    if (this.databaseUrl === null) throw new AppError('NOT_READY', 'This instance runs without a database.');
    const pending = await this.pending(this.databaseUrl);
    if (pending.length > 0) {
      throw new AppError('NOT_READY', `Migrations not applied yet: ${pending.join(', ')}.`, {
        extensions: { pendingMigrations: pending },
      });
    }
    return { status: 'ok' };
  }

  /** Reading the migrations table is also the reachability probe: one round trip, not two. */
  private async pending(url: string): Promise<string[]> {
    try {
      return await pendingMigrations(url, this.migrationsDir);
    } catch (error) {
      throw new AppError('NOT_READY', 'The database is not reachable.', { cause: error });
    }
  }
}
