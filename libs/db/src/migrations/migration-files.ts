import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One `prisma/migrations/<name>/migration.sql` on disk. */
export interface MigrationFile {
  name: string;
  sql: string;
  /** Lowercase hex SHA-256 of the file's bytes, exactly what Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

/** Migration folders sorted by name, the order Prisma applies them in. */
export function readMigrationFiles(migrationsDir: string): MigrationFile[] {
  if (!existsSync(migrationsDir)) throw new Error(`migrations directory not found: ${migrationsDir}`);
  assertPostgresLock(migrationsDir);
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(migrationsDir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(migrationsDir, name, 'migration.sql'));
      return {
        name,
        sql: bytes.toString('utf8'),
        checksum: createHash('sha256').update(bytes).digest('hex'),
      };
    });
}

/** Prisma refuses migrations written for another provider (P3019); so do we. */
function assertPostgresLock(migrationsDir: string): void {
  const lockFile = join(migrationsDir, 'migration_lock.toml');
  if (!existsSync(lockFile)) return;
  const provider = /^\s*provider\s*=\s*"([^"]+)"/m.exec(readFileSync(lockFile, 'utf8'))?.[1];
  if (provider !== undefined && provider !== 'postgresql') {
    throw new Error(`P3019: ${lockFile} is for provider "${provider}", not "postgresql"`);
  }
}

/**
 * The repository's prisma/migrations, found by walking up from this file so that it works both from
 * libs/db/src (tests, tsc) and from dist/libs/db/src (the built API).
 */
export function defaultMigrationsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'prisma', 'migrations');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('could not find prisma/migrations above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
