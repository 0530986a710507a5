import { ConfigError } from './config-error.js';
import { envSchema, type ParsedEnv } from './env.schema.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Validates the environment; throws ConfigError naming each offending variable. */
export function parseEnv(env: Env): ParsedEnv {
  const known = Object.keys(envSchema.shape);
  const present = Object.fromEntries(
    known
      .map((name) => [name, env[name] === '' ? undefined : env[name]] as const)
      .filter(([, v]) => v !== undefined),
  );
  const result = envSchema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(environment)');
      // Never echo a secret back into the logs.
      const shown =
        name.includes('SECRET') || name.includes('PASSWORD') ? '' : ` (got ${JSON.stringify(present[name])})`;
      return `${name}: ${issue.message}${shown}`;
    }),
  );
}
