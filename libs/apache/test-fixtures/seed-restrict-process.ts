import type { DaemonGroup, Directory, ServerModel, Tenant } from '../src/model/server-model.js';

/**
 * The example configuration of WSGIRestrictProcess.rst as a Hostplane model, plus joe's directory built
 * the same way. Every call returns a fresh object so tests may mutate it.
 */

export const SEED_VHOST_ID = 'vh-site';

function tenantGroup(tenant: 'bob' | 'joe', n: number): DaemonGroup {
  return {
    id: `dg-${tenant}-${n}`,
    name: `${tenant}:${n}`,
    virtualHostId: SEED_VHOST_ID,
    tenantId: `tn-${tenant}`,
    processes: null,
    threads: 25,
    user: tenant,
    group: tenant,
    options: {},
  };
}

function tenantDirectory(tenant: 'bob' | 'joe'): Directory {
  return {
    id: `dir-${tenant}`,
    virtualHostId: SEED_VHOST_ID,
    tenantId: `tn-${tenant}`,
    path: `/home/${tenant}/public_html`,
    urlPath: null,
    allowOverride: ['FileInfo'],
    options: ['ExecCGI'],
    handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
    restrictProcess: [`${tenant}:1`, `${tenant}:2`, `${tenant}:3`],
    processGroup: null,
    env: { PROCESS_GROUP: `${tenant}:1` },
    rules: [
      { files: 'blog.wsgi', processGroup: `${tenant}:2` },
      { files: 'wiki.wsgi', processGroup: `${tenant}:3` },
    ],
  };
}

function tenant(name: 'bob' | 'joe'): Tenant {
  return { id: `tn-${name}`, name, unixUser: name, unixGroup: name };
}

export function seedRestrictProcess(): ServerModel {
  return {
    id: 'srv-seed',
    name: 'seed-restrict-process',
    modWsgiVersion: '4.9',
    socketPrefix: '/var/run/apache2/wsgi',
    restrictEmbedded: false,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: '/etc/apache2/hostplane',
    daemonGroups: [
      {
        id: 'dg-default',
        name: 'default',
        virtualHostId: null,
        tenantId: null,
        processes: 2,
        threads: 25,
        user: null,
        group: null,
        options: {},
      },
      ...[1, 2, 3].map((n) => tenantGroup('bob', n)),
      ...[1, 2, 3].map((n) => tenantGroup('joe', n)),
    ],
    virtualHosts: [
      {
        id: SEED_VHOST_ID,
        serverName: 'www.site.com',
        serverAliases: [],
        addresses: ['*:80'],
        documentRoot: null,
        processGroup: '%{ENV:PROCESS_GROUP}',
        applicationGroup: null,
        env: { PROCESS_GROUP: 'default' },
        processGroupMap: null,
      },
    ],
    tenants: [tenant('bob'), tenant('joe')],
    directories: [tenantDirectory('bob'), tenantDirectory('joe')],
  };
}
