/** Prisma's own error codes, so operators can follow Prisma's documentation (pris.ly/d/migrate-resolve). */
export type MigrationErrorCode = 'P3009' | 'P3018';

export class MigrationError extends Error {
  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly migrationName: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'MigrationError';
  }
}
