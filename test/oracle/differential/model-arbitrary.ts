import fc from 'fast-check';
import type { WsgiMount } from '../../../libs/apache/src/model/server-model.js';
import type { DaemonGroup, Directory, HtaccessRule, ServerModel, VirtualHost } from '../engine.js';
import { POOL_USER, TENANTS } from './tenant-pool.js';

/** Where the oracle's Apache lives; every path in a generated model is below `root`. */
export interface OracleSite {
  root: string;
  port: number;
}

/** A generated case: a model the validator should accept, plus .htaccess rules it would refuse. */
export interface DifferentialCase {
  /** What is rendered (must validate without errors). */
  model: ServerModel;
  /** directory id → rules appended by hand after the rendered .htaccess (never rendered). */
  handRules: Map<string, HtaccessRule[]>;
  /** `model` with the hand rules appended: what is really on disk, and what resolve() must predict. */
  deployed: ServerModel;
}

const VHOST_NAMES = ['alpha.test', 'beta.test', 'gamma.test'] as const;
export const SCRIPTS = ['app0.wsgi', 'app1.wsgi', 'app2.wsgi'] as const;
export const BAD_SCRIPTS = ['bad0.wsgi', 'bad1.wsgi'] as const;

interface DirPlan {
  restrict: 'own' | 'own+global' | 'own+pool' | 'none' | 'empty';
  envDefault: number | null;
  rules: { script: number; group: number; match: boolean }[];
  bad: { kind: 'other-tenant' | 'other-vhost' | 'unknown' | 'case' | 'pool' | 'embedded' | 'empty' }[];
}

const dirPlan: fc.Arbitrary<DirPlan> = fc.record({
  restrict: fc.constantFrom('own', 'own', 'own', 'own+global', 'own+pool', 'none', 'empty'),
  envDefault: fc.option(fc.nat(3), { freq: 4 }),
  rules: fc.array(fc.record({ script: fc.nat(SCRIPTS.length - 1), group: fc.nat(3), match: fc.boolean() }), {
    maxLength: 3,
  }),
  bad: fc.array(
    fc.record({
      kind: fc.constantFrom('other-tenant', 'other-vhost', 'unknown', 'case', 'pool', 'embedded', 'empty'),
    }),
    { maxLength: BAD_SCRIPTS.length },
  ),
});

const vhostPlan = fc.record({
  tenants: fc.subarray(
    TENANTS.map((t) => t.name),
    { minLength: 1 },
  ),
  groupsPerTenant: fc.integer({ min: 1, max: 2 }),
  dirsPerTenant: fc.integer({ min: 1, max: 2 }),
  processGroup: fc.constantFrom('env', 'env', 'env', 'pool', 'none'),
  envDefault: fc.constantFrom('pool', 'none'),
  dirs: fc.array(dirPlan, { minLength: 6, maxLength: 6 }),
  /** Vhost-scope WSGIRestrictProcess (issue 10 item 3): none, the vhost's tenants' groups + pool:0, or pool:0 only. */
  restrict: fc.constantFrom('none', 'none', 'none', 'tenants', 'pool'),
  /** A WSGIScriptAlias of the vhost's first tenant (issue 10): a literal group it may select, or %{ENV:…} (admin app). */
  mount: fc.option(fc.record({ group: fc.nat(3), env: fc.boolean(), globalApp: fc.boolean() }), { freq: 2 }),
});

const serverPlan = fc.record({
  vhosts: fc.array(vhostPlan, { minLength: 1, maxLength: VHOST_NAMES.length }),
  poolGroups: fc.integer({ min: 1, max: 2 }),
  restrictEmbedded: fc.boolean(),
  /** Server-scope WSGIRestrictProcess (every group) and WSGIProcessGroup (issue 10 item 3). */
  restrict: fc.constantFrom('none', 'none', 'all'),
  processGroup: fc.constantFrom('none', 'none', 'pool', 'env'),
});

type ServerPlan = typeof serverPlan extends fc.Arbitrary<infer T> ? T : never;

function daemon(
  id: string,
  name: string,
  user: string,
  vhostId: string | null,
  tenantId: string | null,
): DaemonGroup {
  return {
    id,
    name,
    virtualHostId: vhostId,
    tenantId,
    processes: 1,
    threads: 1,
    user,
    group: user,
    options: {},
  };
}

function pick<T>(items: readonly T[], index: number): T {
  return items[index % items.length] as T;
}

/** Deterministic construction of a model from a plan: all the randomness is in the plan. */
function buildCase(site: OracleSite, plan: ServerPlan): DifferentialCase {
  const pool = Array.from({ length: plan.poolGroups }, (_, i) =>
    daemon(`g-pool${i}`, `pool:${i}`, POOL_USER, null, null),
  );
  const groups: DaemonGroup[] = [...pool];
  const vhosts: VirtualHost[] = [];
  const directories: Directory[] = [];
  const handRules = new Map<string, HtaccessRule[]>();
  const mounts: WsgiMount[] = [];
  const vhostGroups = new Map<string, Map<string, DaemonGroup[]>>();

  plan.vhosts.forEach((vp, vi) => {
    const vhostId = `v${vi}`;
    const perTenant = new Map<string, DaemonGroup[]>();
    for (const tenant of vp.tenants) {
      const own = Array.from({ length: vp.groupsPerTenant }, (_, k) =>
        daemon(`g-${vi}-${tenant}-${k}`, `${tenant}:${vi}${k}`, tenant, vhostId, `t-${tenant}`),
      );
      perTenant.set(tenant, own);
      groups.push(...own);
    }
    vhostGroups.set(vhostId, perTenant);
    vhosts.push({
      id: vhostId,
      serverName: pick(VHOST_NAMES, vi),
      serverAliases: [],
      addresses: [`*:${site.port}`],
      documentRoot: null,
      processGroup:
        vp.processGroup === 'env' ? '%{ENV:PROCESS_GROUP}' : vp.processGroup === 'pool' ? 'pool:0' : null,
      applicationGroup: null,
      env: vp.envDefault === 'pool' ? { PROCESS_GROUP: 'pool:0' } : {},
      processGroupMap: null,
    });
  });

  // Outer-scope lists: a vhost's replaces the server's, a directory's replaces both (spec §3).
  const serverList = plan.restrict === 'all' ? groups.map((g) => g.name) : null;
  plan.vhosts.forEach((vp, vi) => {
    const vhost = vhosts[vi] as VirtualHost;
    const tenantGroups = [...(vhostGroups.get(vhost.id)?.values() ?? [])].flat().map((g) => g.name);
    vhost.restrictProcess =
      vp.restrict === 'tenants' ? ['pool:0', ...tenantGroups] : vp.restrict === 'pool' ? ['pool:0'] : null;
  });

  plan.vhosts.forEach((vp, vi) => {
    const vhostId = `v${vi}`;
    const perTenant = vhostGroups.get(vhostId) ?? new Map<string, DaemonGroup[]>();
    const inherited = (vhosts[vi] as VirtualHost).restrictProcess ?? serverList;
    let slot = 0;
    for (const tenant of vp.tenants) {
      const own = (perTenant.get(tenant) ?? []).map((g) => g.name);
      for (let d = 0; d < vp.dirsPerTenant; d++) {
        const dp = pick(vp.dirs, slot++);
        const id = `d-${vi}-${tenant}-${d}`;
        const restrict =
          dp.restrict === 'own'
            ? own
            : dp.restrict === 'own+global'
              ? [...own, '%{GLOBAL}']
              : dp.restrict === 'own+pool'
                ? [...own, 'pool:0']
                : dp.restrict === 'empty'
                  ? []
                  : null;
        // Valid choices: what the directory's list allows, else the tenant's own groups the inherited list allows.
        const allowed =
          restrict !== null
            ? restrict.filter((g) => g !== '%{GLOBAL}')
            : inherited === null
              ? own
              : own.filter((g) => inherited.includes(g));
        const rules: HtaccessRule[] = allowed.length === 0 ? [] : dp.rules.map((r) => validRule(r, allowed));
        const envDefault: Record<string, string> =
          dp.envDefault === null || allowed.length === 0
            ? {}
            : { PROCESS_GROUP: pick(allowed, dp.envDefault) };
        directories.push({
          id,
          virtualHostId: vhostId,
          tenantId: `t-${tenant}`,
          path: `${site.root}/home/${tenant}/v${vi}d${d}`,
          urlPath: `/${tenant}${d}`,
          allowOverride: ['FileInfo'],
          options: ['ExecCGI'],
          handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
          restrictProcess: restrict,
          processGroup: null,
          env: envDefault,
          rules,
        });
        if (d === 0 && tenant === vp.tenants[0] && vp.mount !== null) {
          const m = mountFor(vhostId, tenant, `${site.root}/home/${tenant}/v${vi}d${d}`, vp.mount, allowed);
          if (m !== null) mounts.push(m);
        }
        const bad = dp.bad.map((b, i) =>
          badRule(b.kind, pick(BAD_SCRIPTS, i), tenant, own, vi, plan, vhostGroups),
        );
        if (bad.length > 0) handRules.set(id, bad);
      }
    }
  });

  const model: ServerModel = {
    id: 'oracle',
    name: 'oracle',
    modWsgiVersion: '4.9',
    socketPrefix: null,
    restrictEmbedded: plan.restrictEmbedded,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: `${site.root}/hostplane`,
    restrictProcess: serverList,
    processGroup:
      plan.processGroup === 'pool' ? 'pool:0' : plan.processGroup === 'env' ? '%{ENV:PROCESS_GROUP}' : null,
    daemonGroups: groups,
    virtualHosts: vhosts,
    tenants: [...TENANTS],
    directories,
    wsgiMounts: mounts,
  };
  const deployed: ServerModel = {
    ...model,
    directories: directories.map((d) => ({ ...d, rules: [...d.rules, ...(handRules.get(d.id) ?? [])] })),
  };
  return { model, handRules, deployed };
}

/** `/~tenant/app` → the directory's app0.wsgi; a tenant mount needs a group the directory allows. */
function mountFor(
  vhostId: string,
  tenant: string,
  dir: string,
  plan: { group: number; env: boolean; globalApp: boolean },
  allowed: readonly string[],
): WsgiMount | null {
  if (!plan.env && allowed.length === 0) return null;
  return {
    id: `m-${vhostId}-${tenant}`,
    virtualHostId: vhostId,
    tenantId: plan.env ? null : `t-${tenant}`,
    urlPath: `/~${tenant}/app`,
    urlPattern: null,
    script: `${dir}/${SCRIPTS[0]}`,
    processGroup: plan.env ? '%{ENV:PROCESS_GROUP}' : pick(allowed, plan.group),
    applicationGroup: plan.globalApp ? '%{GLOBAL}' : null,
    callableObject: null,
    passAuthorization: null,
  };
}

function validRule(r: DirPlan['rules'][number], allowed: readonly string[]): HtaccessRule {
  const script = pick(SCRIPTS, r.script);
  const processGroup = pick(allowed, r.group);
  return r.match
    ? { filesMatch: `^${script.replace('.wsgi', '')}\\.wsgi$`, processGroup }
    : { files: script, processGroup };
}

function badRule(
  kind: DirPlan['bad'][number]['kind'],
  script: string,
  tenant: string,
  own: readonly string[],
  vi: number,
  plan: ServerPlan,
  vhostGroups: Map<string, Map<string, DaemonGroup[]>>,
): HtaccessRule {
  const here = vhostGroups.get(`v${vi}`) ?? new Map<string, DaemonGroup[]>();
  const otherTenant = [...here.entries()].find(([name]) => name !== tenant)?.[1][0]?.name;
  const otherVhost =
    plan.vhosts.length > 1 ? vhostGroups.get(`v${(vi + 1) % plan.vhosts.length}`) : undefined;
  const foreign = otherVhost === undefined ? undefined : [...otherVhost.values()][0]?.[0]?.name;
  const mine = own[0] ?? `${tenant}:${vi}0`;
  const processGroup =
    kind === 'other-tenant'
      ? (otherTenant ?? 'pool:0')
      : kind === 'other-vhost'
        ? (foreign ?? 'ghost:1')
        : kind === 'unknown'
          ? 'ghost:1'
          : kind === 'case'
            ? mine.toUpperCase()
            : kind === 'pool'
              ? 'pool:0'
              : kind === 'embedded'
                ? '%{GLOBAL}'
                : '';
  return { files: script, processGroup };
}

export function differentialCase(site: OracleSite): fc.Arbitrary<DifferentialCase> {
  return serverPlan.map((plan) => buildCase(site, plan));
}
