import fc from 'fast-check';
import type {
  DaemonGroup,
  Directory,
  ServerModel,
  Tenant,
  VirtualHost,
  WsgiMount,
} from '../model/server-model.js';

/**
 * Hosting-shaped server models, as a company running Hostplane would have them: tenants with unix users (some in a
 * shared unix group), global pools running as Apache's user, per-vhost daemon groups with `user=` of their tenant,
 * directories under /home/<user>/… with restriction lists, handlers, a default group and .htaccess rules, apps
 * mounted with WSGIScriptAlias(Match) from those directories, and admins' apps outside them.
 */

const USERS = ['alice', 'bob', 'carol', 'dave', 'erin'] as const;
const SITES = ['shop', 'blog', 'wiki'] as const;

interface DirectoryPlan {
  folder: 'public_html' | 'apps/api' | 'sites/blog';
  aliased: boolean;
  overrides: 'FileInfo' | 'None' | 'AuthConfig FileInfo' | 'All';
  restricted: boolean;
  fallback: boolean;
  rules: { script: number; group: number; match: boolean }[];
  mount: MountPlan | null;
}

interface MountPlan {
  match: boolean;
  group: number;
  global: boolean;
  pass: boolean | null;
}

const mountPlan: fc.Arbitrary<MountPlan> = fc.record({
  match: fc.boolean(),
  group: fc.nat(2),
  global: fc.boolean(),
  pass: fc.option(fc.boolean(), { nil: null }),
});

const directoryPlan: fc.Arbitrary<DirectoryPlan> = fc.record({
  folder: fc.constantFrom('public_html', 'apps/api', 'sites/blog'),
  aliased: fc.boolean(),
  overrides: fc.constantFrom('FileInfo', 'FileInfo', 'None', 'AuthConfig FileInfo', 'All'),
  restricted: fc.boolean(),
  fallback: fc.boolean(),
  rules: fc.array(fc.record({ script: fc.nat(3), group: fc.nat(2), match: fc.boolean() }), { maxLength: 3 }),
  mount: fc.option(mountPlan, { nil: null }),
});

const tenantPlan = fc.record({
  groups: fc.integer({ min: 1, max: 3 }),
  threads: fc.option(fc.integer({ min: 1, max: 25 }), { nil: null }),
  displayName: fc.boolean(),
  directories: fc.uniqueArray(directoryPlan, { minLength: 1, maxLength: 2, selector: (d) => d.folder }),
});

const plan = fc.record({
  sharedUnixGroup: fc.boolean(),
  pools: fc.integer({ min: 0, max: 2 }),
  vhosts: fc.uniqueArray(
    fc.record({
      site: fc.constantFrom(...SITES),
      alias: fc.boolean(),
      documentRoot: fc.boolean(),
      selector: fc.constantFrom('env', 'fixed', 'none'),
      adminApp: fc.boolean(),
      tenants: fc.uniqueArray(fc.record({ user: fc.constantFrom(...USERS), plan: tenantPlan }), {
        minLength: 1,
        maxLength: 3,
        selector: (t) => t.user,
      }),
    }),
    { minLength: 1, maxLength: 3, selector: (v) => v.site },
  ),
});

export const hostingModel: fc.Arbitrary<ServerModel> = plan.map((p) => {
  const tenants = new Map<string, Tenant>();
  const daemonGroups: DaemonGroup[] = [];
  const virtualHosts: VirtualHost[] = [];
  const directories: Directory[] = [];
  const wsgiMounts: WsgiMount[] = [];
  const pools = Array.from({ length: p.pools }, (_, i) => `pool${i + 1}`);
  for (const name of pools) {
    daemonGroups.push(group(name, null, null, null, { processes: 2, threads: 15 }));
  }
  for (const v of p.vhosts) {
    const vhostId = `vh-${v.site}`;
    const owners = v.tenants.map((t) => t.user);
    const firstGroup = `${owners[0]}-${v.site}-1`;
    const fallback = pools[0] ?? firstGroup;
    virtualHosts.push({
      id: vhostId,
      serverName: `${v.site}.example`,
      serverAliases: v.alias ? [`www.${v.site}.example`] : [],
      addresses: ['*:80'],
      documentRoot: v.documentRoot ? `/var/www/${v.site}` : null,
      processGroup: v.selector === 'env' ? '%{ENV:PROCESS_GROUP}' : v.selector === 'fixed' ? fallback : null,
      applicationGroup: v.selector === 'fixed' ? '%{GLOBAL}' : null,
      env: v.selector === 'env' ? { PROCESS_GROUP: fallback } : {},
      processGroupMap: null,
    });
    if (v.adminApp) {
      wsgiMounts.push(
        mount(`m-${v.site}-admin`, vhostId, null, { urlPath: '/admin' }, `/srv/admin/${v.site}.wsgi`, {
          processGroup: pools[0] ?? null,
        }),
      );
    }
    for (const { user, plan: t } of v.tenants) {
      const tenant = tenants.get(user) ?? {
        id: `tn-${user}`,
        name: user,
        unixUser: user,
        unixGroup: p.sharedUnixGroup ? 'clients' : user,
      };
      tenants.set(user, tenant);
      const names = Array.from({ length: t.groups }, (_, i) => `${user}-${v.site}-${i + 1}`);
      for (const name of names) {
        daemonGroups.push(
          group(name, vhostId, tenant, t.threads, t.displayName ? { 'display-name': '%{GROUP}' } : {}),
        );
      }
      for (const d of t.directories) {
        // One folder per site: two vhosts' <Directory> for one path share one .htaccess (see the report on issue 11).
        const path = `/home/${user}/${v.site}/${d.folder}`;
        const fileInfo = d.overrides !== 'None';
        directories.push({
          id: `dir-${v.site}-${user}-${d.folder}`,
          virtualHostId: vhostId,
          tenantId: tenant.id,
          path,
          urlPath: d.aliased ? `/~${user}/${v.site}/${d.folder}` : null,
          allowOverride: d.overrides.split(' ') as Directory['allowOverride'],
          options: ['ExecCGI'],
          handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
          restrictProcess: d.restricted ? names : null,
          processGroup: null,
          env: d.fallback ? { PROCESS_GROUP: names[0]! } : {},
          rules: fileInfo
            ? d.rules.map((r) => ({
                ...(r.match ? { filesMatch: `^app${r.script}` } : { files: `app${r.script}.wsgi` }),
                processGroup: names[r.group % names.length]!,
              }))
            : [],
        });
        if (d.mount !== null) {
          const url = `/~${user}/${v.site}/${d.folder.replace('/', '-')}-app`;
          wsgiMounts.push(
            mount(
              `m-${v.site}-${user}-${d.folder}`,
              vhostId,
              tenant.id,
              d.mount.match ? { urlPattern: `^${url}(/.*)?$` } : { urlPath: url },
              `${path}/app.wsgi`,
              {
                processGroup: names[d.mount.group % names.length]!,
                applicationGroup: d.mount.global ? '%{GLOBAL}' : null,
                passAuthorization: d.mount.pass,
              },
            ),
          );
        }
      }
    }
  }
  return {
    id: 'srv-hosting',
    name: 'hosting',
    modWsgiVersion: '4.9',
    socketPrefix: '/var/run/apache2/wsgi',
    restrictEmbedded: false,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: '/etc/apache2/hostplane',
    daemonGroups,
    virtualHosts,
    tenants: [...tenants.values()],
    directories,
    wsgiMounts,
  };
});

function mount(
  id: string,
  virtualHostId: string,
  tenantId: string | null,
  url: { urlPath: string } | { urlPattern: string },
  script: string,
  options: Partial<Pick<WsgiMount, 'processGroup' | 'applicationGroup' | 'passAuthorization'>>,
): WsgiMount {
  return {
    id,
    virtualHostId,
    tenantId,
    urlPath: 'urlPath' in url ? url.urlPath : null,
    urlPattern: 'urlPattern' in url ? url.urlPattern : null,
    script,
    processGroup: options.processGroup ?? null,
    applicationGroup: options.applicationGroup ?? null,
    callableObject: null,
    passAuthorization: options.passAuthorization ?? null,
  };
}

function group(
  name: string,
  virtualHostId: string | null,
  tenant: Tenant | null,
  threads: number | null,
  options: DaemonGroup['options'] & { processes?: number; threads?: number },
): DaemonGroup {
  const { processes = null, threads: poolThreads = null, ...rest } = options;
  return {
    id: `dg-${name}`,
    name,
    virtualHostId,
    tenantId: tenant?.id ?? null,
    processes: typeof processes === 'number' ? processes : null,
    threads: threads ?? (typeof poolThreads === 'number' ? poolThreads : null),
    user: tenant?.unixUser ?? null,
    group: tenant?.unixGroup ?? null,
    options: rest,
  };
}
