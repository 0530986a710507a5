import { randomBytes } from 'node:crypto';
import type { Type } from '@nestjs/common';
import { createTestDatabase } from '../test-database.js';
import { compileApp, type RunningApp } from './compile-app.js';

export interface StartAppOptions {
  /** Environment variables as main.ts would read them (validated the same way). */
  readonly env?: Readonly<Record<string, string>>;
  /** Extra controllers mounted next to the app's own (probes for guard and error behaviour). */
  readonly controllers?: readonly Type[];
}

export interface TestApp extends RunningApp {
  readonly databaseUrl: string;
  /** What startReplica needs to start another process like this one (same env, same JWT secret). */
  readonly env: Readonly<Record<string, string>>;
  readonly jwtSecret: string;
}

/** The real app on its own freshly migrated PostgreSQL database, dropped again by close(). */
export async function startApp(options: StartAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  try {
    const env = options.env ?? {};
    const jwtSecret = env.JWT_SECRET ?? randomBytes(32).toString('hex');
    const running = await compileApp({
      databaseUrl: database.url,
      env,
      jwtSecret,
      controllers: options.controllers,
    });
    return {
      ...running,
      databaseUrl: database.url,
      env,
      jwtSecret,
      close: async () => {
        try {
          await running.close();
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
