import { join, resolve } from 'node:path';
import type { AppConfigValues } from './app-config-values.js';
import type { ParsedEnv } from './env.schema.js';
import { loadOrCreateJwtSecret } from './jwt-secret.js';
import { parseEnv } from './parse-env.js';

/** Validates the environment and resolves what needs I/O (the persisted JWT secret). */
export async function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
): Promise<AppConfigValues> {
  const parsed = parseEnv(env);
  return toConfigValues(
    parsed,
    parsed.JWT_SECRET ?? (await loadOrCreateJwtSecret(parsed.HOSTPLANE_DATA_DIR)),
  );
}

export function toConfigValues(parsed: ParsedEnv, jwtSecret: string): AppConfigValues {
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    dataDir: parsed.HOSTPLANE_DATA_DIR,
    embeddedPgPort: parsed.EMBEDDED_PG_PORT,
    bootstrapAdminUsername: parsed.BOOTSTRAP_ADMIN_USERNAME,
    bootstrapAdminPassword: parsed.BOOTSTRAP_ADMIN_PASSWORD,
    jwtSecret,
    jwtTtlSeconds: parsed.JWT_TTL_SECONDS,
    logLevel: parsed.LOG_LEVEL,
    bodyLimit: parsed.BODY_LIMIT,
    trustProxy: parsed.TRUST_PROXY,
    loginThrottle: {
      perUsername: parsed.LOGIN_THROTTLE_PER_USERNAME,
      perAddress: parsed.LOGIN_THROTTLE_PER_ADDRESS,
      windowSeconds: parsed.LOGIN_THROTTLE_WINDOW_SECONDS,
      baseDelaySeconds: parsed.LOGIN_THROTTLE_BASE_DELAY_SECONDS ?? 60,
    },
    // Optional without a schema default, so the documented defaults of parseEnv stay as they were.
    corsOrigins: parsed.CORS_ORIGINS ?? [],
    rateLimit: {
      perCredential: parsed.RATE_LIMIT_PER_CREDENTIAL ?? 6000,
      windowSeconds: parsed.RATE_LIMIT_WINDOW_SECONDS ?? 60,
    },
    publishing: {
      applyMode: parsed.HOSTPLANE_APPLY_MODE,
      rootPrefix: parsed.HOSTPLANE_APPLY_ROOT_PREFIX,
      configtestArgv: parsed.HOSTPLANE_CONFIGTEST_CMD,
      reloadArgv: parsed.HOSTPLANE_RELOAD_CMD,
      probeUrl: parsed.HOSTPLANE_PROBE_URL,
      journalDir: parsed.HOSTPLANE_JOURNAL_DIR ?? join(resolve(parsed.HOSTPLANE_DATA_DIR), 'journal'),
      txTimeoutMs: parsed.HOSTPLANE_PUBLISH_TX_TIMEOUT_MS,
    },
    fleet: { pollIntervalMs: parsed.HOSTPLANE_AGENT_POLL_INTERVAL_MS },
  };
}
