import type { Diagnostic } from '../model/diagnostic.js';
import type {
  DaemonGroup,
  Directory,
  ServerModel,
  Tenant,
  VirtualHost,
  WsgiMount,
} from '../model/server-model.js';
import { mountUrlKey } from './mount-keys.js';
import type { ServerSpec, VirtualHostSpec } from './server-spec.js';
import { mapOfSpec } from './map-of-spec.js';
import { SpecPointers } from './spec-pointers.js';
import { virtualHostKeys } from './virtual-host-keys.js';

/** Ids given to objects the document adds; the database assigns real ones when the plan is applied. */
export const NEW_ID_PREFIX = 'new:';
// Each new id is one concatenation onto these (not two or three: 80k ids at 10k vhosts).
const NEW_TENANT = `${NEW_ID_PREFIX}tenant:`;
const NEW_VHOST = `${NEW_ID_PREFIX}vhost:`;
const NEW_GROUP = `${NEW_ID_PREFIX}group:`;
const NEW_DIRECTORY = `${NEW_ID_PREFIX}dir:`;

export interface SpecModel {
  /** The server as the document describes it, with the current ids wherever a natural key matches. */
  readonly model: ServerModel;
  /** Model id → JSON pointer into the document, so the engine's diagnostics can point into what the client sent. */
  readonly pointers: ReadonlyMap<string, string>;
  /** Broken references and duplicate keys inside the document (pointer paths). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The document as a ServerModel. Order inside the document never matters: every reference (a group's vhost, a
 * directory's tenant, a group's tenant) is looked up by natural key after all objects are known, so a vhost may name
 * a group defined after it, or inside itself. Tenants the document names but the server lacks come from `knownTenants`
 * (all tenants of the installation) or are created.
 */
export function modelOfSpec(
  spec: ServerSpec,
  current: ServerModel,
  knownTenants: readonly Tenant[],
  options: {
    prune: boolean;
    /** virtualHostKeys(current.virtualHosts), when the caller has them (PlanForms.vhostKeys). */
    currentKeys?: ReadonlyMap<string, string>;
    /**
     * The document's .htaccess rule lists become the model's instead of copies, for a caller that owns the document
     * and changes neither (the import validates its own export: 200k rule objects fewer to allocate and collect).
     */
    shareRules?: boolean;
  },
): SpecModel {
  const diagnostics: Diagnostic[] = [];
  const pointers = new SpecPointers();
  const error = (path: string, code: string, message: string) =>
    diagnostics.push({ code, severity: 'error', path, message });

  const tenantByName = new Map<string, Tenant>();
  // forEach rather than for-of in this function: it runs once per document, mostly before it is optimized, and
  // there every for-of step allocates an iterator result.
  knownTenants.forEach((tenant) => tenantByName.set(tenant.name, tenant));
  current.tenants.forEach((tenant) => tenantByName.set(tenant.name, tenant));
  const tenants = new Map<string, Tenant>();
  spec.tenants.forEach((t, i) => {
    const known = tenantByName.get(t.name);
    const id = known?.id ?? NEW_TENANT + t.name;
    // Left out of the document: a listed tenant keeps the one it has.
    const homeDirectory = t.homeDirectory === undefined ? (known?.homeDirectory ?? null) : t.homeDirectory;
    const before = tenants.size;
    tenants.set(t.name, { id, name: t.name, unixUser: t.unixUser, unixGroup: t.unixGroup, homeDirectory });
    if (tenants.size === before)
      error(`/tenants/${i}/name`, 'SPEC_DUPLICATE_KEY', `Tenant ${t.name} is listed twice.`);
    pointers.tenant(id);
  });
  // `list`, `i`, `j`: where the object naming the tenant is; its pointer is built only for an error (60k objects).
  const tenantId = (name: string | null, list: SpecList, i: number, j = 0): string | null => {
    if (name === null) return null;
    const listed = tenants.get(name);
    if (listed !== undefined) return listed.id;
    const tenant = tenantByName.get(name);
    if (tenant === undefined) {
      error(
        `${pointerOf(list, i, j)}/tenant`,
        'SPEC_UNKNOWN_TENANT',
        `Tenant ${name} is neither in the document's tenants nor known to Hostplane.`,
      );
      return null;
    }
    tenants.set(name, tenant);
    return tenant.id;
  };

  const currentKeys = options.currentKeys ?? virtualHostKeys(current.virtualHosts);
  const currentVhostByKey = new Map([...currentKeys].map(([id, key]) => [key.toLowerCase(), id]));
  const vhostIdByKey = new Map<string, string>();
  // Each vhost's key and its lower-cased form, found once for the vhost, its directories and its mounts.
  const keys = spec.virtualHosts.map(keyOf);
  const lowerKeys = keys.map((key) => key.toLowerCase());
  const virtualHosts: VirtualHost[] = spec.virtualHosts.map((v, i) => {
    const key = keys[i]!;
    const lower = lowerKeys[i]!;
    const id = currentVhostByKey.get(lower) ?? NEW_VHOST + key;
    // One hash lookup instead of has() then set(): an unchanged size means the key was there.
    const before = vhostIdByKey.size;
    if (vhostIdByKey.set(lower, id).size === before) {
      error(
        `/virtualHosts/${i}/serverName`,
        'SPEC_DUPLICATE_KEY',
        `Virtual host ${key} is listed twice; give each a key.`,
      );
    }
    pointers.virtualHost(id);
    return {
      id,
      serverName: v.serverName,
      serverAliases: v.serverAliases,
      addresses: v.addresses,
      documentRoot: v.documentRoot,
      processGroup: v.processGroup,
      applicationGroup: v.applicationGroup,
      // Where the row mapper puts it: the apply compares a vhost with the stored one as JSON.
      restrictProcess: v.restrictProcess ?? null,
      env: v.env,
      processGroupMap: mapOfSpec(v.processGroupMap),
    };
  });

  const currentGroupByName = new Map(current.daemonGroups.map((g) => [g.name.toLowerCase(), g.id]));
  // A group's vhost by key. Groups come in runs naming the same vhost (the export sorts them by name, and a vhost's
  // are named alike): the key is lower-cased and looked up once per run; the maps no longer change.
  let lastKey: string | undefined;
  let lastVhostId: string | null = null;
  const vhostIdOf = (key: string): string | null => {
    if (key === lastKey) return lastVhostId;
    const lower = key.toLowerCase();
    lastKey = key;
    lastVhostId =
      vhostIdByKey.get(lower) ?? (options.prune ? undefined : currentVhostByKey.get(lower)) ?? null;
    return lastVhostId;
  };
  const groupNames = spec.daemonGroups.map((g) => g.name.toLowerCase());
  const repeatedGroups = repeatedAt(groupNames);
  const daemonGroups: DaemonGroup[] = spec.daemonGroups.map((g, i) => {
    const name = groupNames[i]!;
    if (repeatedGroups.has(i))
      error(`/daemonGroups/${i}/name`, 'SPEC_DUPLICATE_KEY', `Group ${g.name} is listed twice.`);
    const id = currentGroupByName.get(name) ?? NEW_GROUP + g.name;
    pointers.daemonGroup(id);
    let virtualHostId: string | null = null;
    if (g.virtualHost !== null) {
      virtualHostId = vhostIdOf(g.virtualHost);
      if (virtualHostId === null) {
        error(
          `/daemonGroups/${i}/virtualHost`,
          'SPEC_UNKNOWN_VIRTUAL_HOST',
          `No virtual host with key ${g.virtualHost}.`,
        );
      }
    }
    return {
      id,
      name: g.name,
      virtualHostId,
      tenantId: tenantId(g.tenant, 'daemonGroups', i),
      processes: g.processes,
      threads: g.threads,
      user: g.user,
      group: g.group,
      options: g.options,
    };
  });

  // Current directory ids per lower-cased vhost key, then by path: no key string built per directory.
  const currentDirectory = new Map<string, Map<string, string>>();
  current.directories.forEach((d) => {
    const key = `${currentKeys.get(d.virtualHostId)?.toLowerCase()}`;
    const paths = currentDirectory.get(key);
    if (paths === undefined) currentDirectory.set(key, new Map([[d.path, d.id]]));
    else paths.set(d.path, d.id);
  });
  // Pushed to one list (flatMap built an array per vhost), in plain loops (a callback per vhost is a closure and
  // a context per vhost).
  const directories: Directory[] = [];
  for (let i = 0; i < spec.virtualHosts.length; i++) {
    const listed = spec.virtualHosts[i]!.directories;
    // A vhost's few directories are searched for a repeated path; a Set per vhost only for a long list.
    const seen = listed.length > FEW ? new Set<string>() : undefined;
    // `new:dir:{vhost key}:`, built for the vhost's first new directory.
    let newDirectory: string | undefined;
    const currentIds = currentDirectory.get(lowerKeys[i]!);
    const virtualHostId = vhostIdByKey.get(lowerKeys[i]!) ?? '';
    pointers.directoriesOfNextVirtualHost(listed.length);
    for (let j = 0; j < listed.length; j++) {
      const d = listed[j]!;
      if (seen === undefined ? pathRepeats(listed, j) : wasIn(seen, d.path)) {
        error(
          `${pointerOf('directories', i, j)}/path`,
          'SPEC_DUPLICATE_KEY',
          `Directory ${d.path} is listed twice.`,
        );
      }
      const id = currentIds?.get(d.path) ?? (newDirectory ??= `${NEW_DIRECTORY}${keys[i]}:`) + d.path;
      pointers.directory(id);
      directories.push({
        id,
        virtualHostId,
        tenantId: tenantId(d.tenant, 'directories', i, j) ?? '',
        path: d.path,
        urlPath: d.urlPath,
        allowOverride: d.allowOverride,
        options: d.options,
        handlers: d.handlers,
        restrictProcess: d.restrictProcess,
        processGroup: d.processGroup,
        env: d.env,
        rules: options.shareRules === true ? d.htaccess : d.htaccess.map((r) => ({ ...r })),
      });
    }
  }

  const currentMount = new Map(
    (current.wsgiMounts ?? []).map((m) => [
      `${currentKeys.get(m.virtualHostId)?.toLowerCase()}\u0000${mountUrlKey(m)}`,
      m.id,
    ]),
  );
  const wsgiMounts: WsgiMount[] = [];
  for (let i = 0; i < spec.virtualHosts.length; i++) {
    const mounts = spec.virtualHosts[i]!.wsgiMounts ?? [];
    pointers.mountsOfNextVirtualHost(mounts.length);
    // Most vhosts have no mount, or one: no Set for those.
    const seen = mounts.length > 1 ? new Set<string>() : undefined;
    for (let j = 0; j < mounts.length; j++) {
      const m = mounts[j]!;
      const urlKey = mountUrlKey(m);
      if (seen !== undefined && wasIn(seen, urlKey)) {
        error(
          `${pointerOf('wsgiMounts', i, j)}/${m.urlPath !== undefined ? 'urlPath' : 'urlPattern'}`,
          'SPEC_DUPLICATE_KEY',
          `The mount ${urlKey} is listed twice.`,
        );
      }
      const id =
        currentMount.get(`${lowerKeys[i]}\u0000${urlKey}`) ?? `${NEW_ID_PREFIX}mount:${keys[i]}:${urlKey}`;
      pointers.wsgiMount(id);
      wsgiMounts.push({
        id,
        virtualHostId: vhostIdByKey.get(lowerKeys[i]!) ?? '',
        tenantId: tenantId(m.tenant ?? null, 'wsgiMounts', i, j),
        urlPath: m.urlPath ?? null,
        urlPattern: m.urlPattern ?? null,
        script: m.script,
        processGroup: m.processGroup ?? null,
        applicationGroup: m.applicationGroup ?? null,
        callableObject: m.callableObject ?? null,
        passAuthorization: m.passAuthorization ?? null,
      });
    }
  }

  // Every tenant stays visible to validation (a group may not run as another tenant's unix user), the document's
  // own entries winning.
  const allTenants = new Map([...knownTenants, ...current.tenants].map((t) => [t.id, t]));
  tenants.forEach((tenant) => allTenants.set(tenant.id, tenant));
  const model: ServerModel = {
    ...current,
    ...spec.server,
    daemonGroups: withKept(daemonGroups, current.daemonGroups, options.prune),
    virtualHosts: withKept(virtualHosts, current.virtualHosts, options.prune),
    tenants: [...allTenants.values()],
    directories: withKept(directories, current.directories, options.prune),
    wsgiMounts: withKept(wsgiMounts, current.wsgiMounts ?? [], options.prune),
  };
  // The row mapper leaves linux out: said the same way, an explicit "linux" compares as unchanged.
  if (model.platform === 'linux') delete model.platform;
  return { model, pointers, diagnostics };
}

/**
 * The listed objects, then the current ones the document does not list: kept as they are unless the client asked to
 * prune. The listed array itself when nothing is kept (it is this call's own; 40k groups are not copied for nothing).
 */
function withKept<T extends { id: string }>(listed: T[], current: readonly T[], prune: boolean): T[] {
  if (prune || current.length === 0) return listed;
  const ids = new Set(listed.map((o) => o.id));
  const kept = current.filter((o) => !ids.has(o.id));
  return kept.length === 0 ? listed : [...listed, ...kept];
}

/** The lists of a document whose objects name a tenant. */
type SpecList = 'daemonGroups' | 'directories' | 'wsgiMounts';

/** The JSON pointer of the i-th group, or of the j-th directory or mount of the i-th vhost. */
function pointerOf(list: SpecList, i: number, j: number): string {
  return list === 'daemonGroups' ? `/daemonGroups/${i}` : `/virtualHosts/${i}/${list}/${j}`;
}

/**
 * The indexes of the keys that repeat an earlier one. Keys in strictly ascending order repeat none, and the export
 * writes a document's groups so (the import's always): their order is checked instead of a Set of 40k names built.
 */
function repeatedAt(keys: readonly string[]): Set<number> {
  const repeated = new Set<number>();
  let ascending = true;
  for (let i = 1; i < keys.length && ascending; i++) ascending = keys[i - 1]! < keys[i]!;
  if (ascending) return repeated;
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (wasIn(seen, key)) repeated.add(i);
  });
  return repeated;
}

/** Adds the key; whether it was there already (one hash lookup where has() and add() took two). */
function wasIn(set: Set<string>, key: string): boolean {
  const before = set.size;
  return set.add(key).size === before;
}

/** Up to this many directories, a repeated path is searched for instead of kept in a Set. */
const FEW = 8;

/** Whether an earlier directory of the list has the j-th's path (what a Set of the earlier paths would answer). */
function pathRepeats(directories: readonly { path: string }[], j: number): boolean {
  const path = directories[j]!.path;
  for (let k = 0; k < j; k++) if (directories[k]!.path === path) return true;
  return false;
}

export function keyOf(vhost: Pick<VirtualHostSpec, 'key' | 'serverName'>): string {
  return vhost.key ?? vhost.serverName;
}
