import type {
  DaemonOptionValue,
  HandlerMapping,
  ModWsgiVersion,
  OverrideClass,
  Platform,
  ProcessGroupMapFormat,
} from '../model/server-model.js';

/**
 * The whole managed state of one server as one document, with natural keys instead of database ids: tenants by name,
 * daemon groups by name, virtual hosts by key (the ServerName, or `ServerName@addresses` when two share one), directories
 * by path within their vhost. What provisioning scripts PUT, what export produces and what import infers.
 */
export interface ServerSpec {
  apiVersion: typeof SERVER_SPEC_API_VERSION;
  server: ServerSettingsSpec;
  tenants: TenantSpec[];
  daemonGroups: DaemonGroupSpec[];
  virtualHosts: VirtualHostSpec[];
}

export const SERVER_SPEC_API_VERSION = 'hostplane/v1';

export interface ServerSettingsSpec {
  modWsgiVersion: ModWsgiVersion;
  /** Left out on export when linux; absent in a PUT = keep the server's. */
  platform?: Platform;
  restrictEmbedded: boolean;
  socketPrefix: string | null;
  apacheUser: string;
  apacheGroup: string;
  configDir: string;
  /** X.Y of the Python mod_wsgi embeds; null = unknown. Absent in a PUT = keep the server's. */
  pythonVersion?: string | null;
  /** Server-scope WSGIRestrictProcess; null = none. Left out on export when null; absent in a PUT = keep the server's. */
  restrictProcess?: string[] | null;
  /** Server-scope WSGIProcessGroup; null = none. Left out on export when null; absent in a PUT = keep the server's. */
  processGroup?: string | null;
}

export interface TenantSpec {
  name: string;
  unixUser: string;
  unixGroup: string;
  /** Where the tenant's virtualenvs and code may live; null = /home/<unixUser>. Absent in a PUT = keep the tenant's. */
  homeDirectory?: string | null;
}

export interface DaemonGroupSpec {
  name: string;
  /** The key of the vhost that defines it; null = global scope. */
  virtualHost: string | null;
  tenant: string | null;
  processes: number | null;
  threads: number | null;
  user: string | null;
  group: string | null;
  options: Record<string, DaemonOptionValue>;
}

export interface VirtualHostSpec {
  /** Set only when the ServerName alone is not unique on the server. */
  key?: string;
  serverName: string;
  serverAliases: string[];
  addresses: string[];
  documentRoot: string | null;
  processGroup: string | null;
  applicationGroup: string | null;
  /** Vhost-scope WSGIRestrictProcess; absent or null = none (left out on export when null). */
  restrictProcess?: string[] | null;
  env: Record<string, string>;
  processGroupMap: ProcessGroupMapSpec | null;
  directories: DirectorySpec[];
  /** Absent in a PUT = none listed (the vhost's mounts are kept unless pruned). */
  wsgiMounts?: WsgiMountSpec[];
}

/**
 * `WSGIScriptAlias urlPath script …` (or WSGIScriptAliasMatch with urlPattern): exactly one of urlPath / urlPattern.
 * Natural key: its vhost and its URL (path or pattern). Unset options are left out on export.
 */
export interface WsgiMountSpec {
  urlPath?: string;
  urlPattern?: string;
  script: string;
  /** The tenant owning the app; absent or null = an admin app. */
  tenant?: string | null;
  processGroup?: string | null;
  applicationGroup?: string | null;
  callableObject?: string | null;
  passAuthorization?: boolean | null;
}

export interface ProcessGroupMapSpec {
  variable: string;
  fallback: string;
  entries: { uri: string; processGroup: string }[];
  /** Left out on export when txt; absent = txt. */
  format?: ProcessGroupMapFormat;
}

export interface DirectorySpec {
  path: string;
  tenant: string;
  urlPath: string | null;
  allowOverride: OverrideClass[];
  options: string[];
  handlers: HandlerMapping[];
  restrictProcess: string[] | null;
  processGroup: string | null;
  env: Record<string, string>;
  htaccess: HtaccessRuleSpec[];
}

export interface HtaccessRuleSpec {
  files?: string;
  filesMatch?: string;
  variable?: string;
  processGroup: string;
}
