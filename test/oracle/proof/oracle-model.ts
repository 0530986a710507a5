import type { DaemonGroup, Directory, ServerModel, Tenant, VirtualHost } from '../engine.js';

/**
 * Plain builders for hand-made oracle models: every path lives below the instance's temp root, every
 * tenant group runs as its tenant (user= and group=), every WSGI directory has ExecCGI + AddHandler.
 */
export function tenant(name: string): Tenant {
  return { id: `tn-${name}`, name, unixUser: name, unixGroup: name };
}

export function tenantGroup(name: string, tenantName: string, virtualHostId: string | null): DaemonGroup {
  return {
    id: `dg-${name.replace(/[^a-z0-9]/gi, '-')}`,
    name,
    virtualHostId,
    tenantId: `tn-${tenantName}`,
    processes: 1,
    threads: 2,
    user: tenantName,
    group: tenantName,
    options: {},
  };
}

export function virtualHost(id: string, serverName: string, extra: Partial<VirtualHost> = {}): VirtualHost {
  return {
    id,
    serverName,
    serverAliases: [],
    addresses: [],
    documentRoot: null,
    processGroup: null,
    applicationGroup: null,
    env: {},
    processGroupMap: null,
    ...extra,
  };
}

export function wsgiDirectory(
  id: string,
  virtualHostId: string,
  path: string,
  extra: Partial<Directory> = {},
): Directory {
  return {
    id,
    virtualHostId,
    tenantId: 'tn-bob',
    path,
    urlPath: null,
    allowOverride: ['None'],
    options: ['ExecCGI'],
    handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
    restrictProcess: null,
    processGroup: null,
    env: {},
    rules: [],
    ...extra,
  };
}

export function oracleServer(
  root: string,
  parts: Pick<ServerModel, 'virtualHosts' | 'daemonGroups' | 'directories' | 'tenants'>,
): ServerModel {
  return {
    id: 'srv-oracle',
    name: 'oracle',
    modWsgiVersion: '4.9',
    // The harness writes WSGISocketPrefix itself (a short path inside the temp root).
    socketPrefix: null,
    restrictEmbedded: true,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: `${root}/hostplane`,
    ...parts,
  };
}
