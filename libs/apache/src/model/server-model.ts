/**
 * The plain-data model of one Apache server, as Hostplane stores it and as every engine function takes it.
 * Ids are opaque strings; diagnostics point into the model with REST-shaped paths built from these ids
 * (see diagnostic.ts), so a client can map a problem straight back to the object it edits.
 */

export type ModWsgiVersion = '4.9' | '5.0' | '6.0';

/** Raw value of a WSGIDaemonProcess option as an admin typed it; the validator decides if it is acceptable. */
export type DaemonOptionValue = string | number | boolean;

export type Platform = 'linux' | 'windows';

export interface ServerModel {
  id: string;
  name: string;
  modWsgiVersion: ModWsgiVersion;
  /** Absent = linux. mod_wsgi has no daemon mode on Windows (seeds, last paragraph; docs/rules.md). */
  platform?: Platform;
  /** WSGISocketPrefix; null = mod_wsgi's default. */
  socketPrefix: string | null;
  /** WSGIRestrictEmbedded On/Off (global only). */
  restrictEmbedded: boolean;
  /** The Apache `User`/`Group` the server runs as (Debian: www-data). Used by the security lint. */
  apacheUser: string;
  apacheGroup: string;
  /**
   * Absolute directory on the web server that holds the rendered `httpd/` files
   * (the include file and the process-group map files). Default /etc/apache2/hostplane.
   */
  configDir: string;
  daemonGroups: DaemonGroup[];
  virtualHosts: VirtualHost[];
  tenants: Tenant[];
  directories: Directory[];
  /** X.Y of the Python mod_wsgi embeds, e.g. "3.11"; absent/null = unknown (the preflight then checks only the venv shape). */
  pythonVersion?: string | null;
  /** WSGIScriptAlias(Match) lines, vhost scope (issue 10). Absent = none. */
  wsgiMounts?: WsgiMount[];
  /**
   * Server-scope WSGIRestrictProcess; absent/null = no directive. Inherited by every vhost without a list of
   * its own, and replaced (never extended) by a vhost's or a directory's list (spec §3).
   */
  restrictProcess?: string[] | null;
  /** Server-scope WSGIProcessGroup; absent/null = not emitted. A vhost's or a directory's own value replaces it. */
  processGroup?: string | null;
}

/**
 * `WSGIScriptAlias urlPath script [process-group=… application-group=… callable-object=… pass-authorization=…]`
 * in a vhost (or WSGIScriptAliasMatch when urlPattern is set). Exactly one of urlPath / urlPattern is set.
 */
export interface WsgiMount {
  id: string;
  virtualHostId: string;
  /** The tenant owning the app (its script must lie in the tenant's directories); null = an admin app. */
  tenantId: string | null;
  urlPath: string | null;
  urlPattern: string | null;
  /** Absolute path of the WSGI script file. */
  script: string;
  processGroup: string | null;
  applicationGroup: string | null;
  callableObject: string | null;
  passAuthorization: boolean | null;
}

export interface DaemonGroup {
  id: string;
  name: string;
  /** null = global scope (outside any <VirtualHost>); otherwise the id of the defining vhost. */
  virtualHostId: string | null;
  /** The tenant this group serves, when it is a tenant's group (drives user=/group= requirements). */
  tenantId: string | null;
  processes: number | null;
  threads: number | null;
  user: string | null;
  group: string | null;
  /** Every other WSGIDaemonProcess option by its mod_wsgi name, e.g. {"maximum-requests": 1000}. */
  options: Record<string, DaemonOptionValue>;
}

export interface VirtualHost {
  id: string;
  serverName: string;
  serverAliases: string[];
  /** e.g. ["*:80"], ["127.0.0.1:8080"] */
  addresses: string[];
  documentRoot: string | null;
  /** WSGIProcessGroup at vhost scope: "%{GLOBAL}", "%{ENV:NAME}" or a literal group name; null = not emitted. */
  processGroup: string | null;
  /** WSGIApplicationGroup at vhost scope; null = not emitted (mod_wsgi default %{RESOURCE}). */
  applicationGroup: string | null;
  /**
   * Vhost-scope WSGIRestrictProcess; absent/null = none (the server's list, if any, applies). It replaces
   * the server's list and is itself replaced by a directory's list (spec §3).
   */
  restrictProcess?: string[] | null;
  /** Vhost-level SetEnv NAME value (rendered in key order). */
  env: Record<string, string>;
  /** The RewriteMap selection of WSGIProcessGroup.rst; null = none. */
  processGroupMap: ProcessGroupMap | null;
}

export interface ProcessGroupMap {
  /** Environment variable the RewriteRule sets, normally PROCESS_GROUP. */
  variable: string;
  /** Group used for URIs missing from the map (always rendered into the lookup: spec §7a). */
  fallback: string;
  entries: ProcessGroupMapEntry[];
  /** Absent = txt. dbm: the applier builds it from the rendered txt with httxt2dbm on the web server. */
  format?: ProcessGroupMapFormat;
}

export type ProcessGroupMapFormat = 'txt' | 'dbm';

export interface ProcessGroupMapEntry {
  /** Request URI exactly as %{REQUEST_URI} gives it, e.g. /app/a.wsgi */
  uri: string;
  processGroup: string;
}

export interface Tenant {
  id: string;
  name: string;
  unixUser: string;
  unixGroup: string;
  /** Where the tenant's virtualenvs and app code may live; absent/null = /home/<unixUser>. */
  homeDirectory?: string | null;
}

export type OverrideClass = 'None' | 'All' | 'AuthConfig' | 'FileInfo' | 'Indexes' | 'Limit' | 'Options';

export interface HandlerMapping {
  /** e.g. "wsgi-script" */
  handler: string;
  /** e.g. [".wsgi"] */
  extensions: string[];
}

export interface Directory {
  id: string;
  virtualHostId: string;
  tenantId: string;
  /** Absolute filesystem path of the <Directory> block. */
  path: string;
  /** When set, rendered as `Alias urlPath path` in the vhost. */
  urlPath: string | null;
  allowOverride: OverrideClass[];
  /** Apache Options keywords, e.g. ["ExecCGI"]. Empty = not emitted (inherits). */
  options: string[];
  handlers: HandlerMapping[];
  /**
   * WSGIRestrictProcess list. null = no directive (inherits, i.e. unrestricted);
   * [] = an empty list, which denies everything (spec §3). "%{GLOBAL}" in it allows embedded mode.
   */
  restrictProcess: string[] | null;
  /** WSGIProcessGroup inside the <Directory>; null = not emitted. */
  processGroup: string | null;
  /** <Directory>-level SetEnv defaults, e.g. {PROCESS_GROUP: "bob:1"}. */
  env: Record<string, string>;
  /** The tenant-edited .htaccess, in order. */
  rules: HtaccessRule[];
}

/**
 * One `.htaccess` block: `<Files files>` or `<FilesMatch filesMatch>` containing
 * `SetEnv <variable> processGroup`. Exactly one of files / filesMatch is set.
 */
export interface HtaccessRule {
  files?: string;
  filesMatch?: string;
  /** Defaults to PROCESS_GROUP. */
  variable?: string;
  processGroup: string;
}

export const DEFAULT_PROCESS_GROUP_VARIABLE = 'PROCESS_GROUP';
export const DEFAULT_CONFIG_DIR = '/etc/apache2/hostplane';
