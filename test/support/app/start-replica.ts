import { compileApp, type RunningApp } from './compile-app.js';
import type { TestApp } from './start-app.js';

/**
 * Another API process on the SAME database as `primary`: a second replica behind the load balancer (or the
 * same API restarted), with its own in-memory caches. It shares the JWT secret so a session issued by one
 * replica is accepted by the other, as in production. `env` is added to the primary's.
 */
export function startReplica(
  primary: TestApp,
  env: Readonly<Record<string, string>> = {},
): Promise<RunningApp> {
  return compileApp({
    databaseUrl: primary.databaseUrl,
    env: { ...primary.env, ...env },
    jwtSecret: primary.jwtSecret,
  });
}

/** A replica is just another running app; the name says which role it plays in a spec. */
export type Replica = RunningApp;
