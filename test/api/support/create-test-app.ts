import { randomBytes } from 'node:crypto';
import type { Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../../../apps/api/src/app.module.js';
import { configureApp } from '#api/configure-app.js';
import { toConfigValues } from '../../../apps/api/src/platform/config/load-config.js';
import { parseEnv } from '../../../apps/api/src/platform/config/parse-env.js';
import { createLogger } from '../../../apps/api/src/platform/logging/create-logger.js';
import { createTestDatabase } from '../../support/test-database.js';
import { LogCapture } from './log-capture.js';

export interface TestAppOptions {
  /** Environment variables as main.ts would read them (validated the same way). */
  readonly env?: Readonly<Record<string, string>>;
  /** Extra controllers mounted next to the app's own (probes for guard and error behaviour). */
  readonly controllers?: readonly Type[];
}

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly databaseUrl: string;
  readonly logs: LogCapture;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * The real app on its own freshly migrated PostgreSQL database, configured by the same configureApp
 * as main.ts. Logs are captured (not printed) so specs can check what the operator would see.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  try {
    const parsed = parseEnv({ LOG_LEVEL: 'info', ...options.env });
    const config = toConfigValues(parsed, parsed.JWT_SECRET ?? randomBytes(32).toString('hex'));
    const logs = new LogCapture();
    const moduleRef = await Test.createTestingModule({
      imports: [
        AppModule.forRoot({ config, logger: createLogger(config.logLevel, logs), databaseUrl: database.url }),
        DiscoveryModule,
      ],
      controllers: [...(options.controllers ?? [])],
    }).compile();
    const app = configureApp(
      moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true }),
    );
    await app.init();
    return {
      app,
      databaseUrl: database.url,
      logs,
      http: () => request(app.getHttpServer()),
      close: async () => {
        try {
          await app.close();
        } finally {
          await database.drop();
        }
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
