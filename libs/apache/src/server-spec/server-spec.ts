import type {
  DaemonOptionValue,
  HandlerMapping,
  ModWsgiVersion,
  OverrideClass,
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
  restrictEmbedded: boolean;
  socketPrefix: string | null;
  apacheUser: string;
  apacheGroup: string;
  configDir: string;
}

export interface TenantSpec {
  name: string;
  unixUser: string;
  unixGroup: string;
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
  env: Record<string, string>;
  processGroupMap: ProcessGroupMapSpec | null;
  directories: DirectorySpec[];
}

export interface ProcessGroupMapSpec {
  variable: string;
  fallback: string;
  entries: { uri: string; processGroup: string }[];
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
