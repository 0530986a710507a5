import type {
  DaemonGroup,
  Directory,
  ServerModel,
  Tenant,
  VirtualHost,
} from '../libs/apache/src/model/server-model.js';

/** The benchmark shape: per vhost 4 daemon groups, 2 tenant directories, 10 .htaccess rules each. */
export const GROUPS_PER_VHOST = 4;
export const DIRECTORIES_PER_VHOST = 2;
export const RULES_PER_DIRECTORY = 10;

export interface SyntheticOptions {
  /**
   * Unix user of tenant i. Default: a user per tenant (`t<i>`), the realistic shape. The Apache comparison
   * needs names that exist on the machine, so it passes a small pool of real users instead.
   */
  unixUser?: (tenantIndex: number) => string;
}

function rulesFor(tenant: string, dir: number): Directory['rules'] {
  const rules: Directory['rules'] = [];
  for (let r = 0; r < RULES_PER_DIRECTORY; r++) {
    const group = `${tenant}:${(r % GROUPS_PER_VHOST) + 1}`;
    // Mostly literal <Files>, some <FilesMatch> so the regex path of the checks is exercised too.
    rules.push(
      r % 5 === 4
        ? { filesMatch: `^app${dir}_${r}\\.wsgi$`, processGroup: group }
        : { files: `app${dir}_${r}.wsgi`, processGroup: group },
    );
  }
  return rules;
}

/** A server of `vhosts` tenant virtual hosts; deterministic, and clean under validate() except shared-user lint. */
export function syntheticServer(vhosts: number, options: SyntheticOptions = {}): ServerModel {
  const unixUser = options.unixUser ?? ((i: number) => `t${i}`);
  const virtualHosts: VirtualHost[] = [];
  const daemonGroups: DaemonGroup[] = [];
  const tenants: Tenant[] = [];
  const directories: Directory[] = [];
  for (let i = 0; i < vhosts; i++) {
    const t = `t${i}`;
    const user = unixUser(i);
    tenants.push({ id: `tn-${i}`, name: t, unixUser: user, unixGroup: user });
    virtualHosts.push({
      id: `vh-${i}`,
      serverName: `site${i}.example.com`,
      serverAliases: [`www.site${i}.example.com`],
      addresses: ['*:80'],
      documentRoot: `/home/${t}/public_html`,
      processGroup: '%{ENV:PROCESS_GROUP}',
      applicationGroup: '%{GLOBAL}',
      env: { PROCESS_GROUP: `${t}:1` },
      processGroupMap: null,
    });
    const groupNames: string[] = [];
    for (let n = 1; n <= GROUPS_PER_VHOST; n++) {
      groupNames.push(`${t}:${n}`);
      daemonGroups.push({
        id: `dg-${i}-${n}`,
        name: `${t}:${n}`,
        virtualHostId: `vh-${i}`,
        tenantId: `tn-${i}`,
        processes: 1,
        threads: 15,
        user,
        group: user,
        options: { 'maximum-requests': 1000, 'display-name': `%{GROUP}` },
      });
    }
    for (let d = 0; d < DIRECTORIES_PER_VHOST; d++) {
      directories.push({
        id: `dir-${i}-${d}`,
        virtualHostId: `vh-${i}`,
        tenantId: `tn-${i}`,
        path: d === 0 ? `/home/${t}/public_html` : `/home/${t}/apps`,
        urlPath: d === 0 ? null : '/apps',
        allowOverride: ['FileInfo'],
        options: ['ExecCGI'],
        handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
        restrictProcess: groupNames,
        processGroup: null,
        env: { PROCESS_GROUP: `${t}:1` },
        rules: rulesFor(t, d),
      });
    }
  }
  return {
    id: `srv-bench-${vhosts}`,
    name: `bench ${vhosts}`,
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
