import { readFileSync } from 'node:fs';
import { isAbsolute, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import type { CommandTemplate, ProbeSpec } from '#deploy';
import type { HostFactsSources } from './host-facts.js';

/** Everything the agent needs, from flags first, then the environment (flags win). */
export interface AgentConfig {
  /** Base of the API, e.g. https://hostplane.example/api/v1. */
  apiUrl: string;
  /** A server-scoped API token (hpt_…); prefer HOSTPLANE_AGENT_TOKEN_FILE over a flag (ps shows flags). */
  token: string;
  serverId: string;
  /** The server's configDir in the model: where "httpd/…" files go. */
  configDir: string;
  /** Prepended to absolute (.htaccess) paths; for tests and chroots. */
  rootPrefix?: string;
  /** Agent state (what it last applied) and the deploy journal; must survive restarts. */
  stateDir: string;
  configtest?: CommandTemplate;
  reload?: CommandTemplate;
  probe?: ProbeSpec;
  pollIntervalMs: number;
  /** Cap of the exponential back-off after errors (API outage, refused token). */
  maxBackoffMs: number;
  requestTimeoutMs: number;
  /** Overwrite hand-edited files instead of reporting the revision failed. */
  force: boolean;
  /** One poll (and apply) then exit: for tests and cron. */
  once: boolean;
  /** How often facts and drift are read again for the heartbeat (also after every apply). */
  inspectIntervalMs: number;
  /** Where the facts come from. */
  facts: HostFactsSources;
  /** /proc, where mod_wsgi's daemon processes are found. */
  procDir: string;
}

export class AgentConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AgentConfigError';
  }
}

const FLAGS = {
  'api-url': { type: 'string', env: 'HOSTPLANE_API_URL' },
  token: { type: 'string', env: 'HOSTPLANE_AGENT_TOKEN' },
  'token-file': { type: 'string', env: 'HOSTPLANE_AGENT_TOKEN_FILE' },
  'server-id': { type: 'string', env: 'HOSTPLANE_SERVER_ID' },
  'config-dir': { type: 'string', env: 'HOSTPLANE_CONFIG_DIR' },
  'root-prefix': { type: 'string', env: 'HOSTPLANE_APPLY_ROOT_PREFIX' },
  'state-dir': { type: 'string', env: 'HOSTPLANE_AGENT_STATE_DIR' },
  configtest: { type: 'string', env: 'HOSTPLANE_CONFIGTEST_CMD' },
  reload: { type: 'string', env: 'HOSTPLANE_RELOAD_CMD' },
  'probe-url': { type: 'string', env: 'HOSTPLANE_PROBE_URL' },
  'poll-interval-ms': { type: 'string', env: 'HOSTPLANE_POLL_INTERVAL_MS' },
  'max-backoff-ms': { type: 'string', env: 'HOSTPLANE_MAX_BACKOFF_MS' },
  'request-timeout-ms': { type: 'string', env: 'HOSTPLANE_REQUEST_TIMEOUT_MS' },
  force: { type: 'boolean', env: 'HOSTPLANE_AGENT_FORCE' },
  once: { type: 'boolean', env: 'HOSTPLANE_AGENT_ONCE' },
  'inspect-interval-ms': { type: 'string', env: 'HOSTPLANE_INSPECT_INTERVAL_MS' },
  apachectl: { type: 'string', env: 'HOSTPLANE_APACHECTL' },
  'mod-wsgi-so': { type: 'string', env: 'HOSTPLANE_MOD_WSGI_SO' },
  getent: { type: 'string', env: 'HOSTPLANE_GETENT' },
  'proc-dir': { type: 'string', env: 'HOSTPLANE_PROC_DIR' },
} as const;

type FlagName = keyof typeof FLAGS;

export const AGENT_USAGE = `hostplane-agent: pulls this server's published revision and applies it.
Flags (or environment): ${Object.entries(FLAGS)
  .map(([flag, spec]) => `--${flag} (${spec.env})`)
  .join(', ')}.
configtest/reload are JSON argv arrays with {include}, {configDir}, {revision} placeholders.`;

export function loadAgentConfig(argv: readonly string[], env: NodeJS.ProcessEnv): AgentConfig {
  const options = Object.fromEntries(
    Object.entries(FLAGS).map(([name, spec]) => [name, { type: spec.type }]),
  );
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (error) {
    throw new AgentConfigError(error instanceof Error ? error.message : String(error));
  }
  const text = (name: FlagName): string | undefined => {
    const flag = values[name];
    if (typeof flag === 'string') return flag;
    const fromEnv = env[FLAGS[name].env];
    return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
  };
  const flag = (name: FlagName): boolean => values[name] === true || ['1', 'true'].includes(text(name) ?? '');
  const required = (name: FlagName): string => {
    const value = text(name);
    if (value === undefined) throw new AgentConfigError(`--${name} (${FLAGS[name].env}) is required`);
    return value;
  };

  const probeUrl = text('probe-url');
  const rootPrefix = text('root-prefix');
  const configtest = text('configtest');
  const reload = text('reload');
  return {
    apiUrl: apiBase(required('api-url')),
    token: tokenFrom(text('token'), text('token-file')),
    serverId: required('server-id'),
    configDir: absolute('config-dir', required('config-dir')),
    ...(rootPrefix !== undefined ? { rootPrefix: absolute('root-prefix', rootPrefix) } : {}),
    stateDir: absolute('state-dir', text('state-dir') ?? '/var/lib/hostplane-agent'),
    ...(configtest !== undefined ? { configtest: { argv: argvJson('configtest', configtest) } } : {}),
    ...(reload !== undefined ? { reload: { argv: argvJson('reload', reload) } } : {}),
    ...(probeUrl !== undefined ? { probe: { url: httpUrl('probe-url', probeUrl), expectStatus: 200 } } : {}),
    pollIntervalMs: milliseconds('poll-interval-ms', text('poll-interval-ms') ?? '5000'),
    maxBackoffMs: milliseconds('max-backoff-ms', text('max-backoff-ms') ?? '60000'),
    requestTimeoutMs: milliseconds('request-timeout-ms', text('request-timeout-ms') ?? '30000'),
    force: flag('force'),
    once: flag('once'),
    inspectIntervalMs: milliseconds('inspect-interval-ms', text('inspect-interval-ms') ?? '30000'),
    facts: {
      apachectl: text('apachectl') ?? '/usr/sbin/apache2ctl',
      modWsgiSo: absolute('mod-wsgi-so', text('mod-wsgi-so') ?? '/usr/lib/apache2/modules/mod_wsgi.so'),
      getent: text('getent') ?? 'getent',
    },
    procDir: absolute('proc-dir', text('proc-dir') ?? '/proc'),
  };
}

function tokenFrom(token: string | undefined, file: string | undefined): string {
  const value = token ?? (file === undefined ? undefined : readFileSync(file, 'utf8').trim());
  if (value === undefined || value === '') {
    throw new AgentConfigError('a token is required: --token-file (HOSTPLANE_AGENT_TOKEN_FILE) or --token');
  }
  return value;
}

function apiBase(value: string): string {
  return httpUrl('api-url', value).replace(/\/+$/, '');
}

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AgentConfigError(`--${name} is not a URL: ${value}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new AgentConfigError(`--${name} must be http(s): ${value}`);
  return value;
}

function absolute(name: string, value: string): string {
  if (!isAbsolute(value) || normalize(value) !== value.replace(/(.)\/$/, '$1')) {
    throw new AgentConfigError(`--${name} must be a normalized absolute path: ${value}`);
  }
  return value;
}

function milliseconds(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new AgentConfigError(`--${name} must be a positive integer: ${value}`);
  return n;
}

/** A command is argv, never a shell string: nothing in it is re-parsed. */
function argvJson(name: string, value: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new AgentConfigError(`--${name} must be a JSON array of strings, e.g. ["/usr/sbin/apache2","-t"]`);
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((a) => typeof a === 'string')) {
    throw new AgentConfigError(`--${name} must be a non-empty JSON array of strings`);
  }
  return parsed as string[];
}
