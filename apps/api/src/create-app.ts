import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppModuleOptions } from './app-module-options.js';
import { AppModule } from './app.module.js';
import { configureApp } from './configure-app.js';

/** Builds and configures the app (not listening yet): the one recipe for main.ts, tests and scripts. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  // bodyParser off: configureApp installs its own parsers with BODY_LIMIT and strict JSON.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    bufferLogs: true,
    // Throw instead of process.exit: boot() must stop the database before the process ends.
    abortOnError: false,
  });
  return configureApp(app);
}
