import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Sizes as body-parser understands them: "100kb", "1mb", or a plain number of bytes. */
const BODY_LIMIT_PATTERN = /^\d+(b|kb|mb)?$/i;

const port = (fallback: number, min = 1) => {
  const error = `must be a TCP port number (${min}-65535)`;
  return z.coerce
    .number({ error })
    .int({ error })
    .min(min, { error })
    .max(65535, { error })
    .default(fallback);
};

const absolutePath = z.string().regex(/^\//, 'must be an absolute path');

/** A command as a JSON array of strings, e.g. ["/usr/sbin/apache2ctl","-t"]: never a shell string. */
const argvJson = z.string().transform((text, ctx): string[] => {
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value;
  } catch {
    // reported below
  }
  ctx.addIssue({
    code: 'custom',
    message: 'must be a JSON array of strings, e.g. ["/usr/sbin/apache2","-t"]',
  });
  return z.NEVER;
});

/**
 * Every environment variable the API reads, validated once at boot (style.md habit 8).
 * An empty string counts as unset, so `FOO=` in a .env file does not smuggle in a blank secret.
 */
export const envSchema = z.object({
  /** 0 asks the OS for a free port (used by tests). */
  PORT: port(3000, 0),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  HOSTPLANE_DATA_DIR: z.string().min(1).default('.data'),
  EMBEDDED_PG_PORT: port(5433),
  BOOTSTRAP_ADMIN_USERNAME: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i, 'must be 1-64 letters, digits, dots, dashes or underscores')
    .default('admin'),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  BODY_LIMIT: z.string().regex(BODY_LIMIT_PATTERN, 'must be a size such as 512kb or 1mb').default('1mb'),
  /**
   * Express "trust proxy": unset/false = use the TCP peer address (no proxy); true = trust X-Forwarded-For
   * entirely; a number = that many proxy hops; otherwise a comma-separated list of proxy addresses/CIDRs.
   * Behind a load balancer the per-address login throttle needs it, or every client shares one budget.
   */
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d{1,2}|[0-9a-f.:/]+(\s*,\s*[0-9a-f.:/]+)*)$/i,
      'must be true, false, a hop count, or a comma-separated list of addresses/CIDRs',
    )
    .default('false')
    .transform(parseTrustProxy),
  /**
   * Failed logins allowed per username from one client address (then blocked, with a delay that doubles per
   * further failure, at most the window), and per client address over all usernames within the window.
   * See docs/decisions/0006-login-throttling-without-a-lockout-switch.md.
   */
  LOGIN_THROTTLE_PER_USERNAME: z.coerce.number().int().min(1).max(10_000).default(5),
  LOGIN_THROTTLE_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(20),
  LOGIN_THROTTLE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** The first block of a username+address pair that used up its failures; each further failure doubles it. */
  LOGIN_THROTTLE_BASE_DELAY_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
  /** Browser origins allowed to call the API (CORS), comma-separated, e.g. https://panel.example.com. */
  CORS_ORIGINS: z
    .string()
    .regex(
      /^https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*$/,
      'must be a comma-separated list of origins such as https://panel.example.com',
    )
    .transform((value) => value.split(',').map((origin) => origin.trim()))
    .optional(),
  /** Requests per credential (per address without one) and window; 0 turns the limit off. */
  RATE_LIMIT_PER_CREDENTIAL: z.coerce.number().int().min(0).max(10_000_000).optional(),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
  /** Publishing: none = revisions wait for an agent; local = this host is the web server (libs/deploy). */
  HOSTPLANE_APPLY_MODE: z.enum(['none', 'local']).default('none'),
  /** Prepended to .htaccess paths when applying locally (tests). */
  HOSTPLANE_APPLY_ROOT_PREFIX: absolutePath.optional(),
  /** JSON argv arrays with {include}, {configDir}, {revision} placeholders. */
  HOSTPLANE_CONFIGTEST_CMD: argvJson.optional(),
  HOSTPLANE_RELOAD_CMD: argvJson.optional(),
  /** Must answer 200 after a publish goes live, or the publish is rolled back. */
  HOSTPLANE_PROBE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .optional(),
  /** Crash journal of local applies; default <HOSTPLANE_DATA_DIR>/journal. */
  HOSTPLANE_JOURNAL_DIR: absolutePath.optional(),
  /** Limit of each of a publish's two short database transactions (the apply runs outside both). */
  HOSTPLANE_PUBLISH_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** How often agents poll (their --poll-interval-ms); an agent silent for 3 intervals is offline. */
  HOSTPLANE_AGENT_POLL_INTERVAL_MS: z.coerce.number().int().min(100).max(86_400_000).default(5_000),
});

export type ParsedEnv = z.infer<typeof envSchema>;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type TrustProxy = boolean | number | string[];

function parseTrustProxy(value: string): TrustProxy {
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}
