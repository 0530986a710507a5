import type { DaemonGroup, Directory, ServerModel, VirtualHost } from '../model/server-model.js';

/** Small model builders shared by the resolve specs (plain data, no defaults hidden from the reader). */
export function daemon(
  name: string,
  virtualHostId: string | null,
  user: string | null,
  group: string | null,
): DaemonGroup {
  return {
    id: `dg-${name}`,
    name,
    virtualHostId,
    tenantId: null,
    processes: null,
    threads: null,
    user,
    group,
    options: {},
  };
}

export function vhost(id: string, serverName: string, extra: Partial<VirtualHost> = {}): VirtualHost {
  return {
    id,
    serverName,
    serverAliases: [],
    addresses: ['*:80'],
    documentRoot: `/srv/${id}`,
    processGroup: null,
    applicationGroup: null,
    env: {},
    processGroupMap: null,
    ...extra,
  };
}

/** A WSGI-enabled directory (ExecCGI + AddHandler wsgi-script .wsgi) with no restriction and no rules. */
export function wsgiDirectory(
  id: string,
  virtualHostId: string,
  path: string,
  extra: Partial<Directory> = {},
): Directory {
  return {
    id,
    virtualHostId,
    tenantId: 'tn-x',
    path,
    urlPath: null,
    allowOverride: ['FileInfo'],
    options: ['ExecCGI'],
    handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
    restrictProcess: null,
    processGroup: null,
    env: {},
    rules: [],
    ...extra,
  };
}

export function server(
  parts: Pick<ServerModel, 'virtualHosts' | 'daemonGroups' | 'directories'>,
): ServerModel {
  return {
    id: 'srv',
    name: 'srv',
    modWsgiVersion: '4.9',
    socketPrefix: null,
    restrictEmbedded: false,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: '/etc/apache2/hostplane',
    tenants: [],
    ...parts,
  };
}
