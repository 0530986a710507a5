import type { TrustProxy } from './env.schema.js';
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
  readonly trustProxy: TrustProxy;
  readonly loginThrottle: LoginThrottleValues;
  /** Origins allowed by CORS; empty = none. */
  readonly corsOrigins: readonly string[];
  readonly rateLimit: RateLimitValues;
  readonly publishing: PublishingValues;
  readonly fleet: FleetValues;
}

/** What the fleet view assumes of agents (see fleet/). */
export interface FleetValues {
  /** The agents' poll interval: 3 of them without a report = offline. */
  readonly pollIntervalMs: number;
}

/** How publications are applied (see publications/applier). */
export interface PublishingValues {
  readonly applyMode: 'none' | 'local';
  readonly rootPrefix: string | undefined;
  readonly configtestArgv: readonly string[] | undefined;
  readonly reloadArgv: readonly string[] | undefined;
  readonly probeUrl: string | undefined;
  readonly journalDir: string;
  /** Timeout of each publish transaction (store the revision; record its outcome). */
  readonly txTimeoutMs: number;
}

/** Failed-login limits (see throttling/login-throttle.middleware.ts). */
export interface LoginThrottleValues {
  readonly perUsername: number;
  readonly perAddress: number;
  readonly windowSeconds: number;
  readonly baseDelaySeconds: number;
}

/** Requests per credential and window (see throttling/credential-rate-limit.interceptor.ts); 0 = off. */
export interface RateLimitValues {
  readonly perCredential: number;
  readonly windowSeconds: number;
}
