import {
  APACHE_MODULES_DIR,
  APACHE_RUN_GROUP,
  APACHE_RUN_USER,
  APACHE_SERVER_ROOT,
  MIME_TYPES_FILE,
} from './apache-paths.js';

export interface MainConfigInput {
  /** The instance's private temp directory. */
  root: string;
  port: number;
  /** More ports to Listen on, after `port`. */
  extraPorts?: readonly number[];
  /** Absolute paths of files to `Include` after the base config (e.g. the rendered hostplane.conf). */
  includeFiles: readonly string[];
  /** Extra global directives written before the includes (e.g. WSGIRestrictEmbedded On). */
  globalDirectives?: readonly string[];
}

/** Files the main config places inside the instance root. */
export function instanceLayout(root: string) {
  return {
    mainConfig: `${root}/httpd.conf`,
    pidFile: `${root}/run/httpd.pid`,
    runDir: `${root}/run`,
    errorLog: `${root}/error.log`,
    htdocs: `${root}/htdocs`,
    // sun_path is 108 bytes and mod_wsgi appends ~25 characters: keep the prefix short (spec §1.6).
    socketPrefix: `${root}/s/w`,
  };
}

const MODULES = [
  ['mpm_event_module', 'mod_mpm_event.so'],
  ['authz_core_module', 'mod_authz_core.so'],
  ['mime_module', 'mod_mime.so'],
  ['env_module', 'mod_env.so'],
  ['alias_module', 'mod_alias.so'],
  ['rewrite_module', 'mod_rewrite.so'],
  ['wsgi_module', 'mod_wsgi.so'],
] as const;

/** The private instance's httpd.conf: the recipe of architecture.md, nothing from /etc/apache2's sites. */
export function renderMainConfig(input: MainConfigInput): string {
  const layout = instanceLayout(input.root);
  return [
    `ServerRoot ${APACHE_SERVER_ROOT}`,
    ...MODULES.map(([name, file]) => `LoadModule ${name} ${APACHE_MODULES_DIR}/${file}`),
    `PidFile ${layout.pidFile}`,
    `Mutex file:${layout.runDir} default`,
    `DefaultRuntimeDir ${layout.runDir}`,
    `ErrorLog ${layout.errorLog}`,
    'LogLevel warn',
    `Listen 127.0.0.1:${input.port}`,
    ...(input.extraPorts ?? []).map((port) => `Listen 127.0.0.1:${port}`),
    `User ${APACHE_RUN_USER}`,
    `Group ${APACHE_RUN_GROUP}`,
    'ServerName main.oracle.invalid',
    `DocumentRoot ${layout.htdocs}`,
    `TypesConfig ${MIME_TYPES_FILE}`,
    // Few workers: each test instance serves a handful of sequential requests.
    'StartServers 1',
    'ServerLimit 2',
    'ThreadsPerChild 16',
    'MaxRequestWorkers 32',
    'MinSpareThreads 8',
    'MaxSpareThreads 32',
    'GracefulShutdownTimeout 3',
    `WSGISocketPrefix ${layout.socketPrefix}`,
    ...(input.globalDirectives ?? []),
    ...input.includeFiles.map((file) => `Include ${file}`),
    '',
  ].join('\n');
}
