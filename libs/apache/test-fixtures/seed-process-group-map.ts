import type { ServerModel } from '../src/model/server-model.js';

/**
 * The RewriteMap example of WSGIProcessGroup.rst: the vhost selects the group from
 * `${wsgiprocmap:%{REQUEST_URI}}` into PROCESS_GROUP, with WSGIProcessGroup %{ENV:PROCESS_GROUP}.
 * Hostplane always renders the lookup with the fallback (spec §7a), here the global `default` group.
 */
export const MAP_VHOST_ID = 'vh-map';

export function seedProcessGroupMap(): ServerModel {
  return {
    id: 'srv-map',
    name: 'seed-process-group-map',
    modWsgiVersion: '4.9',
    socketPrefix: '/var/run/apache2/wsgi',
    restrictEmbedded: true,
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
        user: 'wsgi',
        group: 'wsgi',
        options: {},
      },
      ...[1, 2].map((n) => ({
        id: `dg-bob-${n}`,
        name: `bob:${n}`,
        virtualHostId: MAP_VHOST_ID,
        tenantId: 'tn-bob',
        processes: null,
        threads: 15,
        user: 'bob',
        group: 'bob',
        options: { 'maximum-requests': 1000 },
      })),
    ],
    virtualHosts: [
      {
        id: MAP_VHOST_ID,
        serverName: 'www.site.com',
        serverAliases: ['site.com'],
        addresses: ['*:80'],
        documentRoot: '/srv/www/site',
        processGroup: '%{ENV:PROCESS_GROUP}',
        applicationGroup: null,
        env: { PROCESS_GROUP: 'default' },
        processGroupMap: {
          variable: 'PROCESS_GROUP',
          fallback: 'default',
          entries: [
            { uri: '/app/a.wsgi', processGroup: 'bob:1' },
            { uri: '/app/b.wsgi', processGroup: 'bob:2' },
          ],
        },
      },
    ],
    tenants: [{ id: 'tn-bob', name: 'bob', unixUser: 'bob', unixGroup: 'bob' }],
    directories: [],
  };
}
