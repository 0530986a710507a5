import type { AppConfigValues } from './config/app-config-values.js';
import type { AppLogger } from './logging/create-logger.js';

export interface AppModuleOptions {
  readonly config: AppConfigValues;
  readonly logger: AppLogger;
  /** A PostgreSQL URL, or null to build the app without any database (OpenAPI generation). */
  readonly databaseUrl: string | null;
}
