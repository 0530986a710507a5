import type {
  DaemonGroup,
  Directory,
  ServerModel,
  Tenant,
  VirtualHost,
  WsgiMount,
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
  /**
   * Python apps as issue 10 deploys them: per tenant one WSGIScriptAlias mount (/blog, a script in the tenant's
   * /apps directory, in group :1) and that group's python-home a virtualenv in the tenant's home
   * (`<home>/venv`); the server embeds Python `PYTHON_VERSION`.
   */
  pythonApps?: boolean;
  /** Where tenant homes live (default /home): the preflight bench points it at real virtualenvs on disk. */
  homeRoot?: string;
}

/** The X.Y the synthetic server's mod_wsgi embeds (pythonApps). */
export const PYTHON_VERSION = '3.11';

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
  const homeRoot = options.homeRoot ?? '/home';
  const wsgiMounts: WsgiMount[] = [];
  const virtualHosts: VirtualHost[] = [];
  const daemonGroups: DaemonGroup[] = [];
  const tenants: Tenant[] = [];
  const directories: Directory[] = [];
  for (let i = 0; i < vhosts; i++) {
    const t = `t${i}`;
    const user = unixUser(i);
    const home = `${homeRoot}/${t}`;
    tenants.push({
      id: `tn-${i}`,
      name: t,
      unixUser: user,
      unixGroup: user,
      ...(options.homeRoot !== undefined ? { homeDirectory: home } : {}),
    });
    virtualHosts.push({
      id: `vh-${i}`,
      serverName: `site${i}.example.com`,
      serverAliases: [`www.site${i}.example.com`],
      addresses: ['*:80'],
      documentRoot: `${home}/public_html`,
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
        options: {
          'maximum-requests': 1000,
          'display-name': `%{GROUP}`,
          ...(options.pythonApps === true && n === 1 ? { 'python-home': `${home}/venv` } : {}),
        },
      });
    }
    for (let d = 0; d < DIRECTORIES_PER_VHOST; d++) {
      directories.push({
        id: `dir-${i}-${d}`,
        virtualHostId: `vh-${i}`,
        tenantId: `tn-${i}`,
        path: d === 0 ? `${home}/public_html` : `${home}/apps`,
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
    if (options.pythonApps === true) {
      wsgiMounts.push({
        id: `wm-${i}`,
        virtualHostId: `vh-${i}`,
        tenantId: `tn-${i}`,
        urlPath: '/blog',
        urlPattern: null,
        script: `${home}/apps/blog/wsgi.py`,
        processGroup: `${t}:1`,
        applicationGroup: '%{GLOBAL}',
        callableObject: null,
        passAuthorization: null,
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
    ...(options.pythonApps === true ? { wsgiMounts, pythonVersion: PYTHON_VERSION } : {}),
  };
}
