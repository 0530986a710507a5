import type { DestinationStream } from 'pino';
import { BootstrapAdminService } from './auth/bootstrap/bootstrap-admin.service.js';
import { createApp } from './create-app.js';
import { loadConfig } from './platform/config/load-config.js';
import { prepareDatabase } from './platform/database/prepare-database.js';
import { createLogger, type AppLogger } from './platform/logging/create-logger.js';
import { OPENAPI_JSON_PATH } from './platform/openapi/openapi-document.js';

export interface RunningApi {
  /** http://host:port of the listening server. */
  readonly url: string;
  readonly logger: AppLogger;
  /** Closes the app (connections, pool), then stops the embedded database. */
  stop(): Promise<void>;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Everything main.ts does, as a function tests can call: validate config (throws ConfigError), start
 * the database, migrate, build the app, create the first admin, listen. A failure after the database
 * started stops it again before rethrowing, so a failed boot never leaves a postgres behind.
 */
export async function boot(env: Env, logDestination?: DestinationStream): Promise<RunningApi> {
  const config = await loadConfig(env);
  const logger = createLogger(config.logLevel, logDestination);
  const database = await prepareDatabase(config, logger);
  try {
    const app = await createApp({ config, logger, databaseUrl: database.url });
    try {
      await app.get(BootstrapAdminService).ensureAdmin();
      await app.listen(config.port, config.host);
      const url = (await app.getUrl()).replace('[::1]', 'localhost');
      logger.info(
        { url, docs: `${url}/docs`, openapi: `${url}/${OPENAPI_JSON_PATH}` },
        `Hostplane API listening on ${url} (docs: ${url}/docs)`,
      );
      return {
        url,
        logger,
        stop: async () => {
          try {
            await app.close();
          } finally {
            await database.stop();
          }
        },
      };
    } catch (error) {
      await app.close();
      throw error;
    }
  } catch (error) {
    await database.stop();
    throw error;
  }
}
