import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';
import { DATABASE_URL } from '../database/database.tokens.js';
import { MigrationStatusRepository } from '../database/migration-status.repository.js';
import type { Health } from './health.dto.js';

@Injectable()
export class ReadinessService {
  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string | null,
    private readonly migrations: MigrationStatusRepository,
  ) {}

  async check(): Promise<Health> {
    if (this.databaseUrl === null) throw new AppError('NOT_READY', 'This instance runs without a database.');
    const pending = await this.pending();
    if (pending.length > 0) {
      throw new AppError('NOT_READY', `Migrations not applied yet: ${pending.join(', ')}.`, {
        extensions: { pendingMigrations: pending },
      });
    }
    return { status: 'ok' };
  }

  private async pending(): Promise<string[]> {
    try {
      return await this.migrations.pendingMigrationNames();
    } catch (error) {
      throw new AppError('NOT_READY', 'The database is not reachable.', { cause: error });
    }
  }
}
