import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '../../../../apps/api/src/app.module.js';
import { configureApp } from '../../../../apps/api/src/configure-app.js';
import { toConfigValues } from '../../../../apps/api/src/platform/config/load-config.js';
import { parseEnv } from '../../../../apps/api/src/platform/config/parse-env.js';
import { createLogger } from '../../../../apps/api/src/platform/logging/create-logger.js';
import { LogCapture } from '../../support/log-capture.js';

export interface Replica {
  readonly app: NestExpressApplication;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * Another API process on the SAME database as a test app, built by the same configureApp: a second replica
 * behind the load balancer, with its own in-memory model cache. It shares the JWT secret so a session
 * issued by one replica is accepted by the other, as in production.
 */
export async function startReplica(databaseUrl: string, jwtSecret: string): Promise<Replica> {
  const parsed = parseEnv({ LOG_LEVEL: 'info' });
  const config = toConfigValues(parsed, jwtSecret);
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({ config, logger: createLogger(config.logLevel, new LogCapture()), databaseUrl }),
    ],
  }).compile();
  const app = configureApp(
    moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true }),
  );
  await app.init();
  return { app, http: () => request(app.getHttpServer()), close: () => app.close() };
}

export const sharedJwtSecret = (): string => randomBytes(32).toString('hex');
