/**
 * Mistakes that `apache2 -t` itself refuses, each written by hand the way an admin would type it.
 * `apacheMessage` is the exact text mod_wsgi/Apache prints (spec §1.2–§1.5, §4); the suite proves it on
 * the real binary and then proves that validate() refuses the same mistake in a model.
 */
export interface ConfigMistake {
  /** Stable key, also used to look up the model-side counterpart. */
  key: string;
  /** Include-file text; `vhost` wraps lines in a vhost listening on the instance's port. */
  config: (vhost: (body: string, serverName?: string) => string) => string;
  apacheMessage: string;
}

const group = (name: string, options = 'user=bob group=bob processes=1 threads=1') =>
  `WSGIDaemonProcess ${name} ${options}`;

export const CONFIG_MISTAKES: readonly ConfigMistake[] = [
  {
    key: 'duplicate-group-across-vhosts',
    config: (vhost) => vhost(group('bob:1'), 'a.example') + vhost(group('bob:1'), 'b.example'),
    apacheMessage: 'Name duplicates previous WSGI daemon definition.',
  },
  {
    key: 'duplicate-group-global-and-vhost',
    config: (vhost) => `${group('shared')}\n` + vhost(group('shared')),
    apacheMessage: 'Name duplicates previous WSGI daemon definition.',
  },
  {
    key: 'threads-out-of-range',
    config: (vhost) => vhost(group('bob:1', 'user=bob group=bob threads=65534')),
    apacheMessage: 'Invalid thread count for WSGI daemon process.',
  },
  {
    key: 'processes-zero',
    config: (vhost) => vhost(group('bob:1', 'user=bob group=bob processes=0')),
    apacheMessage: 'Invalid process count for WSGI daemon process.',
  },
  {
    key: 'option-in-wrong-case',
    config: (vhost) => vhost(group('bob:1', 'user=bob group=bob Threads=5')),
    apacheMessage: 'Invalid option to WSGI daemon process definition.',
  },
  {
    key: 'unknown-option',
    config: (vhost) => vhost(group('bob:1', 'user=bob group=bob no-such-option=1')),
    apacheMessage: 'Invalid option to WSGI daemon process definition.',
  },
  {
    key: 'option-of-mod-wsgi-6-on-4.9',
    config: (vhost) => vhost(group('bob:1', 'user=bob group=bob switch-interval=0.005')),
    apacheMessage: 'Invalid option to WSGI daemon process definition.',
  },
  {
    key: 'user-root',
    config: (vhost) => vhost(group('bob:1', 'user=root group=bob')),
    apacheMessage: 'WSGI process blocked from running as root.',
  },
  {
    key: 'unknown-user',
    config: (vhost) => vhost(group('bob:1', 'user=hpnosuchuser group=bob')),
    apacheMessage: 'AH00543: apache2: bad user name hpnosuchuser',
  },
  {
    key: 'unknown-group',
    config: (vhost) => vhost(group('bob:1', 'user=bob group=hpnosuchgroup')),
    apacheMessage: 'AH00544: apache2: bad group name hpnosuchgroup',
  },
  {
    key: 'empty-group-name',
    config: (vhost) => vhost('WSGIDaemonProcess "" threads=1'),
    apacheMessage: 'Name of WSGI daemon process not supplied.',
  },
  {
    key: 'bad-umask',
    config: (vhost) => vhost(group('bob:1', 'user=bob group=bob umask=8')),
    apacheMessage: 'Invalid umask for WSGI daemon process.',
  },
  {
    key: 'send-buffer-too-small',
    config: (vhost) => vhost(group('bob:1', 'user=bob group=bob send-buffer-size=100')),
    apacheMessage: 'Send buffer size must be >= 512 bytes, or 0 for system default.',
  },
  {
    key: 'restrict-embedded-in-vhost',
    config: (vhost) => vhost('WSGIRestrictEmbedded On'),
    apacheMessage: 'WSGIRestrictEmbedded cannot occur within <VirtualHost> section',
  },
  {
    key: 'socket-prefix-in-vhost',
    config: (vhost) => vhost('WSGISocketPrefix /tmp/x'),
    apacheMessage: 'WSGISocketPrefix cannot occur within <VirtualHost> section',
  },
  {
    key: 'empty-process-group',
    config: (vhost) => vhost('WSGIProcessGroup ""'),
    apacheMessage: 'WSGIProcessGroup takes one argument, Name of the WSGI process group.',
  },
];
