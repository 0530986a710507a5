import type { LogLevel } from './env.schema.js';

/** The resolved configuration: what AppConfig exposes through typed getters. */
export interface AppConfigValues {
  readonly port: number;
  readonly host: string;
  /** Undefined means "start the embedded PostgreSQL". */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly embeddedPgPort: number;
  readonly bootstrapAdminUsername: string;
  readonly bootstrapAdminPassword: string | undefined;
  readonly jwtSecret: string;
  readonly jwtTtlSeconds: number;
  readonly logLevel: LogLevel;
  readonly bodyLimit: string;
}
