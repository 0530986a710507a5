import type { Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { AppModule } from '#api/app.module.js';
import { configureApp } from '#api/configure-app.js';
import { toConfigValues } from '#api/platform/config/load-config.js';
import { parseEnv } from '#api/platform/config/parse-env.js';
import { createLogger } from '#api/platform/logging/create-logger.js';
import { checkedHttp } from '../contract/checked-http.js';
import { LogCapture } from './log-capture.js';

/** One API process as the specs see it: the Nest app, its captured logs and a supertest client. */
export interface RunningApp {
  readonly app: NestExpressApplication;
  readonly logs: LogCapture;
  http(): ReturnType<typeof request>;
  close(): Promise<void>;
}

export interface CompileOptions {
  readonly databaseUrl: string;
  readonly env: Readonly<Record<string, string>>;
  readonly jwtSecret: string;
  readonly controllers?: readonly Type[];
}

/**
 * The real module graph configured by the same configureApp as main.ts, on a database that already exists.
 * Logs are captured (not printed) so specs can check what the operator would see.
 */
export async function compileApp(options: CompileOptions): Promise<RunningApp> {
  // The per-credential abuse limit is off unless a spec sets it: suites (the fuzz run) are one credential at speed.
  const env = { LOG_LEVEL: 'info', RATE_LIMIT_PER_CREDENTIAL: '0', ...options.env };
  const config = toConfigValues(parseEnv(env), options.jwtSecret);
  const logs = new LogCapture();
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        config,
        logger: createLogger(config.logLevel, logs),
        databaseUrl: options.databaseUrl,
      }),
      DiscoveryModule,
    ],
    controllers: [...(options.controllers ?? [])],
  }).compile();
  const app = configureApp(
    moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true }),
  );
  await app.init();
  // Every answer a spec receives is checked against docs/openapi.json (test/support/contract).
  return { app, logs, http: () => checkedHttp(app.getHttpServer()), close: () => app.close() };
}
