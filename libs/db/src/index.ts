// The database library: Prisma client, migration runner, embedded PostgreSQL. Free of NestJS on purpose;
// the API wraps these in its own providers.
export { createPrismaClient, type PrismaClientOptions } from './prisma-client.js';
export { daemonGroupNameKey } from './daemon-group-name-key.js';
export { migrateDatabase, type MigrationReport } from './migrations/migrate-database.js';
export { pendingMigrations } from './migrations/pending-migrations.js';
export {
  defaultMigrationsDir,
  readMigrationFiles,
  type MigrationFile,
} from './migrations/migration-files.js';
export { MigrationError, type MigrationErrorCode } from './migrations/migration.error.js';
export { MIGRATION_ADVISORY_LOCK_KEY } from './migrations/migrations-table.js';
export {
  startDatabase,
  DEFAULT_DATABASE_NAME,
  DEFAULT_EMBEDDED_PORT,
  type RunningDatabase,
  type StartDatabaseOptions,
} from './embedded/start-database.js';
export { EmbeddedDatabaseError, type EmbeddedDatabaseErrorCode } from './embedded/embedded-database.error.js';
export { findFreePort } from './embedded/port-probe.js';
export { PrismaClient, Prisma, UserRole, PublicationStatus } from './generated/prisma/client.js';
export type {
  Server,
  DaemonGroup,
  VirtualHost,
  Tenant,
  User,
  ApiToken,
  Directory,
  HtaccessRule,
  WsgiMount,
  Publication,
  AuditEvent,
  IdempotencyKey,
} from './generated/prisma/client.js';
