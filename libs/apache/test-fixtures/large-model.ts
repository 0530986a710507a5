import type { DaemonGroup, Directory, ServerModel, Tenant, VirtualHost } from '../src/model/server-model.js';

/** A server with `vhosts` tenant vhosts, each with 4 daemon groups and one .htaccess-enabled directory. */
export function largeModel(vhosts: number): ServerModel {
  const virtualHosts: VirtualHost[] = [];
  const daemonGroups: DaemonGroup[] = [];
  const tenants: Tenant[] = [];
  const directories: Directory[] = [];
  for (let i = 0; i < vhosts; i++) {
    const t = `t${i}`;
    tenants.push({ id: `tn-${i}`, name: t, unixUser: t, unixGroup: t });
    virtualHosts.push({
      id: `vh-${i}`,
      serverName: `site${i}.example.com`,
      serverAliases: [],
      addresses: ['*:80'],
      documentRoot: null,
      processGroup: '%{ENV:PROCESS_GROUP}',
      applicationGroup: null,
      env: { PROCESS_GROUP: `${t}:1` },
      processGroupMap: null,
    });
    for (let n = 1; n <= 4; n++) {
      daemonGroups.push({
        id: `dg-${i}-${n}`,
        name: `${t}:${n}`,
        virtualHostId: `vh-${i}`,
        tenantId: `tn-${i}`,
        processes: 1,
        threads: 15,
        user: t,
        group: t,
        options: { 'maximum-requests': 1000 },
      });
    }
    directories.push({
      id: `dir-${i}`,
      virtualHostId: `vh-${i}`,
      tenantId: `tn-${i}`,
      path: `/home/${t}/public_html`,
      urlPath: null,
      allowOverride: ['FileInfo'],
      options: ['ExecCGI'],
      handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
      restrictProcess: [1, 2, 3, 4].map((n) => `${t}:${n}`),
      processGroup: null,
      env: { PROCESS_GROUP: `${t}:1` },
      rules: [2, 3, 4].map((n) => ({ files: `app${n}.wsgi`, processGroup: `${t}:${n}` })),
    });
  }
  return {
    id: 'srv-large',
    name: 'large',
    modWsgiVersion: '5.0',
    socketPrefix: '/var/run/apache2/wsgi',
    restrictEmbedded: true,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: '/etc/apache2/hostplane',
    daemonGroups,
    virtualHosts,
    tenants,
    directories,
  };
}
