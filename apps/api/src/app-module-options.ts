import type { AppConfigValues } from './platform/config/app-config-values.js';
import type { AppLogger } from './platform/logging/create-logger.js';

export interface AppModuleOptions {
  readonly config: AppConfigValues;
  readonly logger: AppLogger;
  /** A PostgreSQL URL, or null to build the app without any database (OpenAPI generation). */
  readonly databaseUrl: string | null;
}
