import type { DaemonGroup, ServerModel } from '../model/server-model.js';

/**
 * The configuration of WSGIRestrictProcess.rst as a Hostplane model, for render/.htaccess specs.
 * (A shared fixture is planned in libs/apache/test-fixtures; this one keeps these specs self-contained.)
 */
export function seedModel(): ServerModel {
  const group = (name: string, user: string | null, extra: Partial<DaemonGroup> = {}): DaemonGroup => ({
    id: `g-${name}`,
    name,
    virtualHostId: user === null ? null : 'vh-site',
    tenantId: user === null ? null : `t-${user}`,
    processes: null,
    threads: 25,
    user,
    group: user,
    options: {},
    ...extra,
  });
  return {
    id: 'srv-1',
    name: 'web1',
    modWsgiVersion: '4.9',
    socketPrefix: null,
    restrictEmbedded: false,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: '/etc/apache2/hostplane',
    daemonGroups: [
      group('default', null, { processes: 2 }),
      ...['bob', 'joe'].flatMap((u) => [1, 2, 3].map((n) => group(`${u}:${n}`, u))),
    ],
    virtualHosts: [
      {
        id: 'vh-site',
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
    tenants: [
      { id: 't-bob', name: 'bob', unixUser: 'bob', unixGroup: 'bob' },
      { id: 't-joe', name: 'joe', unixUser: 'joe', unixGroup: 'joe' },
    ],
    directories: [
      {
        id: 'dir-bob',
        virtualHostId: 'vh-site',
        tenantId: 't-bob',
        path: '/home/bob/public_html',
        urlPath: null,
        allowOverride: ['FileInfo'],
        options: ['ExecCGI'],
        handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
        restrictProcess: ['bob:1', 'bob:2', 'bob:3'],
        processGroup: null,
        env: { PROCESS_GROUP: 'bob:1' },
        rules: [
          { files: 'blog.wsgi', variable: 'PROCESS_GROUP', processGroup: 'bob:2' },
          { files: 'wiki.wsgi', variable: 'PROCESS_GROUP', processGroup: 'bob:3' },
        ],
      },
    ],
  };
}

/** The seed's .htaccess text, verbatim from WSGIRestrictProcess.rst. */
export const SEED_HTACCESS = `<Files blog.wsgi>
SetEnv PROCESS_GROUP bob:2
</Files>

<Files wiki.wsgi>
SetEnv PROCESS_GROUP bob:3
</Files>
`;

/**
 * A busier model for ordering and determinism specs: two vhosts (one with a process-group map, aliases, several
 * addresses), a global group with extra options, an aliased directory and an empty restriction list.
 */
export function busyModel(): ServerModel {
  const model = seedModel();
  model.socketPrefix = '/var/run/apache2/wsgi';
  model.restrictEmbedded = true;
  const daemon = model.daemonGroups[0] as DaemonGroup;
  daemon.options = { 'maximum-requests': 1000, 'display-name': '%{GROUP}', 'server-metrics': true };
  model.daemonGroups.push({
    id: 'g-alpha',
    name: 'alpha:1',
    virtualHostId: 'vh-alpha',
    tenantId: 't-joe',
    processes: 2,
    threads: 5,
    user: 'joe',
    group: 'joe',
    options: { 'inactivity-timeout': 300 },
  });
  model.virtualHosts.unshift({
    id: 'vh-alpha',
    serverName: 'alpha.example.com',
    serverAliases: ['www.alpha.example.com', 'alpha.example.net'],
    addresses: ['*:8080', '*:80'],
    documentRoot: '/srv/alpha',
    processGroup: '%{ENV:PROCESS_GROUP}',
    applicationGroup: '%{GLOBAL}',
    env: { PROCESS_GROUP: 'default', APP_MODE: 'prod' },
    processGroupMap: {
      variable: 'PROCESS_GROUP',
      fallback: 'default',
      entries: [
        { uri: '/b/app.wsgi', processGroup: 'alpha:1' },
        { uri: '/a/app.wsgi', processGroup: 'alpha:1' },
      ],
    },
  });
  model.directories.push({
    id: 'dir-joe',
    virtualHostId: 'vh-alpha',
    tenantId: 't-joe',
    path: '/home/joe/apps',
    urlPath: '/apps',
    allowOverride: ['None'],
    options: ['ExecCGI'],
    handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi', '.py'] }],
    restrictProcess: ['alpha:1'],
    processGroup: 'alpha:1',
    env: {},
    rules: [],
  });
  model.directories.push({
    id: 'dir-locked',
    virtualHostId: 'vh-alpha',
    tenantId: 't-joe',
    path: '/home/joe/locked',
    urlPath: null,
    allowOverride: [],
    options: [],
    handlers: [],
    restrictProcess: [],
    processGroup: null,
    env: {},
    rules: [],
  });
  return model;
}
