import type { ModWsgiVersion } from '../model/server-model.js';

/**
 * The WSGIDaemonProcess option set (spec §1.4) with Hostplane's strict types. mod_wsgi reads numbers with
 * atoi, so `threads=abc` becomes 0 and `10G` becomes 10; here every number must be a plain integer.
 */
export type DaemonOptionKind =
  | 'integer'
  /** 0 (system default) or at least `min`; out-of-range values have their own mod_wsgi message. */
  | 'buffer-size'
  | 'octal'
  | 'absolute-path'
  | 'unix-user'
  | 'unix-group'
  | 'unix-group-list'
  | 'on-off'
  | 'positive-float'
  | 'text';

export interface DaemonOptionSpec {
  name: string;
  kind: DaemonOptionKind;
  min?: number;
  max?: number;
  /** mod_wsgi's text for an invalid (or empty) value. */
  apacheMessage: string;
  /** mod_wsgi's text for a value outside the range, when it differs. */
  rangeMessage?: string;
  versions: readonly ModWsgiVersion[];
}

export const ALL_VERSIONS: readonly ModWsgiVersion[] = ['4.9', '5.0', '6.0'];
const BEFORE_6: readonly ModWsgiVersion[] = ['4.9', '5.0'];
/** Our "6.0" means the latest 6.0.x, so options added in 6.0.2 (response-flush-delay) are included. */
const SINCE_6: readonly ModWsgiVersion[] = ['6.0'];

export const INVALID_OPTION_MESSAGE = 'Invalid option to WSGI daemon process definition.';
const INT_MAX = 2 ** 31 - 1;

function invalid(what: string): string {
  return `Invalid ${what} for WSGI daemon process.`;
}

function seconds(name: string, what: string, versions = ALL_VERSIONS): DaemonOptionSpec {
  return { name, kind: 'integer', min: 0, max: INT_MAX, apacheMessage: invalid(what), versions };
}

function text(name: string, versions = ALL_VERSIONS): DaemonOptionSpec {
  return { name, kind: 'text', apacheMessage: INVALID_OPTION_MESSAGE, versions };
}

function buffer(name: string, what: string, min: number, range: string): DaemonOptionSpec {
  return {
    name,
    kind: 'buffer-size',
    min,
    max: INT_MAX,
    apacheMessage: invalid(what),
    rangeMessage: range,
    versions: ALL_VERSIONS,
  };
}

export const DAEMON_OPTIONS: readonly DaemonOptionSpec[] = [
  { name: 'user', kind: 'unix-user', apacheMessage: invalid('user'), versions: ALL_VERSIONS },
  { name: 'group', kind: 'unix-group', apacheMessage: invalid('group'), versions: ALL_VERSIONS },
  {
    name: 'supplementary-groups',
    kind: 'unix-group-list',
    apacheMessage: 'Too many supplementary groups WSGI daemon process',
    versions: ALL_VERSIONS,
  },
  {
    name: 'processes',
    kind: 'integer',
    min: 1,
    max: INT_MAX,
    apacheMessage: invalid('process count'),
    versions: ALL_VERSIONS,
  },
  {
    name: 'threads',
    kind: 'integer',
    min: 0,
    max: 65533,
    apacheMessage: invalid('thread count'),
    versions: ALL_VERSIONS,
  },
  {
    name: 'umask',
    kind: 'octal',
    min: 0,
    max: 0o777,
    apacheMessage: invalid('umask'),
    versions: ALL_VERSIONS,
  },
  {
    name: 'chroot',
    kind: 'absolute-path',
    apacheMessage: invalid('chroot directory'),
    versions: ALL_VERSIONS,
  },
  { name: 'home', kind: 'absolute-path', apacheMessage: invalid('home directory'), versions: ALL_VERSIONS },
  text('lang'),
  text('locale'),
  text('python-home'),
  text('python-path'),
  text('python-eggs'),
  {
    name: 'stack-size',
    kind: 'integer',
    min: 1,
    max: INT_MAX,
    apacheMessage: invalid('stack size'),
    versions: ALL_VERSIONS,
  },
  seconds('maximum-requests', 'request count'),
  seconds('startup-timeout', 'startup timeout'),
  seconds('shutdown-timeout', 'shutdown timeout'),
  seconds('deadlock-timeout', 'deadlock timeout'),
  seconds('inactivity-timeout', 'inactivity timeout'),
  seconds('request-timeout', 'request timeout'),
  seconds('graceful-timeout', 'graceful timeout'),
  seconds('eviction-timeout', 'eviction timeout'),
  seconds('restart-interval', 'restart interval'),
  seconds('connect-timeout', 'connect timeout'),
  seconds('socket-timeout', 'socket timeout'),
  seconds('queue-timeout', 'queue timeout'),
  seconds('listen-backlog', 'listen backlog'),
  text('display-name'),
  buffer(
    'send-buffer-size',
    'send buffer size',
    512,
    'Send buffer size must be >= 512 bytes, or 0 for system default.',
  ),
  buffer(
    'receive-buffer-size',
    'receive buffer size',
    512,
    'Receive buffer size must be >= 512 bytes, or 0 for system default.',
  ),
  buffer(
    'header-buffer-size',
    'header buffer size',
    8192,
    'Header buffer size must be >= 8192 bytes, or 0 for default.',
  ),
  buffer(
    'response-buffer-size',
    'response buffer size',
    65536,
    'Response buffer size must be >= 65536 bytes, or 0 for default.',
  ),
  seconds('response-socket-timeout', 'response socket timeout'),
  { name: 'socket-user', kind: 'unix-user', apacheMessage: invalid('socket user'), versions: ALL_VERSIONS },
  { name: 'script-user', kind: 'unix-user', apacheMessage: invalid('script user'), versions: ALL_VERSIONS },
  {
    name: 'script-group',
    kind: 'unix-group',
    apacheMessage: invalid('script group'),
    versions: ALL_VERSIONS,
  },
  seconds('cpu-time-limit', 'CPU time limit'),
  // mod_wsgi does no range check; D4 documents -20…20 (nice values), which is what the kernel honours.
  {
    name: 'cpu-priority',
    kind: 'integer',
    min: -20,
    max: 20,
    apacheMessage: invalid('CPU priority'),
    versions: ALL_VERSIONS,
  },
  // apr_atoi64: bytes, no unit suffixes.
  {
    name: 'memory-limit',
    kind: 'integer',
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    apacheMessage: invalid('memory limit'),
    versions: ALL_VERSIONS,
  },
  {
    name: 'virtual-memory-limit',
    kind: 'integer',
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    apacheMessage: invalid('virtual memory limit'),
    versions: ALL_VERSIONS,
  },
  {
    name: 'server-metrics',
    kind: 'on-off',
    apacheMessage: invalid('server metrics flag'),
    versions: ALL_VERSIONS,
  },
  text('newrelic-config-file', BEFORE_6),
  text('newrelic-environment', BEFORE_6),
  {
    name: 'switch-interval',
    kind: 'positive-float',
    apacheMessage: invalid('switch interval'),
    versions: SINCE_6,
  },
  seconds('interrupt-timeout', 'interrupt timeout', SINCE_6),
  seconds('response-flush-delay', 'response flush delay', SINCE_6),
];

const BY_NAME = new Map(DAEMON_OPTIONS.map((o) => [o.name, o]));

/** The option as mod_wsgi names it (case-sensitive, strcmp), whatever the version; undefined if unknown. */
export function findDaemonOption(name: string): DaemonOptionSpec | undefined {
  return BY_NAME.get(name);
}
