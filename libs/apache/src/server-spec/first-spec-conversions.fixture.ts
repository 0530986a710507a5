/**
 * modelOfSpec, specOfModel and virtualHostKeys as they were before their fast paths (commit b0c7294), word for word: the
 * reference the fast ones are property-tested against.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import {
  DEFAULT_PROCESS_GROUP_VARIABLE,
  type DaemonGroup,
  type Directory,
  type HtaccessRule,
  type ServerModel,
  type Tenant,
  type VirtualHost,
  type WsgiMount,
} from '../model/server-model.js';
import { mountsInConfigOrder } from '../render/wsgi-mount.render.js';
import { mapOfSpec } from './map-of-spec.js';
import type { SpecModel } from './model-of-spec.js';
import { mountUrlKey } from './mount-keys.js';
import type {
  DaemonGroupSpec,
  DirectorySpec,
  HtaccessRuleSpec,
  ServerSpec,
  VirtualHostSpec,
  WsgiMountSpec,
} from './server-spec.js';
import { SERVER_SPEC_API_VERSION } from './server-spec.js';
import { sortedInPlace } from './sorted-in-place.js';

const NEW_ID_PREFIX = 'new:';

/**
 * The document as a ServerModel. Order inside the document never matters: every reference (a group's vhost, a
 * directory's tenant, a group's tenant) is looked up by natural key after all objects are known, so a vhost may name
 * a group defined after it, or inside itself. Tenants the document names but the server lacks come from `knownTenants`
 * (all tenants of the installation) or are created.
 */
export function firstModelOfSpec(
  spec: ServerSpec,
  current: ServerModel,
  knownTenants: readonly Tenant[],
  options: {
    prune: boolean;
    /** firstVirtualHostKeys(current.virtualHosts), when the caller has them (PlanForms.vhostKeys). */
    currentKeys?: ReadonlyMap<string, string>;
    /**
     * The document's .htaccess rule lists become the model's instead of copies, for a caller that owns the document
     * and changes neither (the import validates its own export: 200k rule objects fewer to allocate and collect).
     */
    shareRules?: boolean;
  },
): SpecModel {
  const diagnostics: Diagnostic[] = [];
  const pointers = new Map<string, string>();
  const error = (path: string, code: string, message: string) =>
    diagnostics.push({ code, severity: 'error', path, message });

  const tenantByName = new Map<string, Tenant>();
  for (const tenant of [...knownTenants, ...current.tenants]) tenantByName.set(tenant.name, tenant);
  const tenants = new Map<string, Tenant>();
  spec.tenants.forEach((t, i) => {
    if (tenants.has(t.name))
      error(`/tenants/${i}/name`, 'SPEC_DUPLICATE_KEY', `Tenant ${t.name} is listed twice.`);
    const id = tenantByName.get(t.name)?.id ?? `${NEW_ID_PREFIX}tenant:${t.name}`;
    // Left out of the document: a listed tenant keeps the one it has.
    const homeDirectory =
      t.homeDirectory === undefined ? (tenantByName.get(t.name)?.homeDirectory ?? null) : t.homeDirectory;
    tenants.set(t.name, { id, name: t.name, unixUser: t.unixUser, unixGroup: t.unixGroup, homeDirectory });
    pointers.set(id, `/tenants/${i}`);
  });
  // `at`: the pointer of the object naming the tenant; its `/tenant` is built only for an error (60k objects).
  const tenantId = (name: string | null, at: string): string | null => {
    if (name === null) return null;
    const tenant = tenants.get(name) ?? tenantByName.get(name);
    if (tenant === undefined) {
      error(
        `${at}/tenant`,
        'SPEC_UNKNOWN_TENANT',
        `Tenant ${name} is neither in the document's tenants nor known to Hostplane.`,
      );
      return null;
    }
    if (!tenants.has(name)) tenants.set(name, tenant);
    return tenant.id;
  };

  const currentKeys = options.currentKeys ?? firstVirtualHostKeys(current.virtualHosts);
  const currentVhostByKey = new Map([...currentKeys].map(([id, key]) => [key.toLowerCase(), id]));
  const vhostIdByKey = new Map<string, string>();
  const virtualHosts: VirtualHost[] = spec.virtualHosts.map((v, i) => {
    const key = keyOf(v);
    if (vhostIdByKey.has(key.toLowerCase())) {
      error(
        `/virtualHosts/${i}/serverName`,
        'SPEC_DUPLICATE_KEY',
        `Virtual host ${key} is listed twice; give each a key.`,
      );
    }
    const id = currentVhostByKey.get(key.toLowerCase()) ?? `${NEW_ID_PREFIX}vhost:${key}`;
    vhostIdByKey.set(key.toLowerCase(), id);
    pointers.set(id, `/virtualHosts/${i}`);
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
  const seenGroups = new Set<string>();
  const daemonGroups: DaemonGroup[] = spec.daemonGroups.map((g, i) => {
    const path = `/daemonGroups/${i}`;
    const name = g.name.toLowerCase();
    if (seenGroups.has(name)) error(`${path}/name`, 'SPEC_DUPLICATE_KEY', `Group ${g.name} is listed twice.`);
    seenGroups.add(name);
    const id = currentGroupByName.get(name) ?? `${NEW_ID_PREFIX}group:${g.name}`;
    pointers.set(id, path);
    let virtualHostId: string | null = null;
    if (g.virtualHost !== null) {
      const key = g.virtualHost.toLowerCase();
      virtualHostId =
        vhostIdByKey.get(key) ?? (options.prune ? undefined : currentVhostByKey.get(key)) ?? null;
      if (virtualHostId === null) {
        error(
          `${path}/virtualHost`,
          'SPEC_UNKNOWN_VIRTUAL_HOST',
          `No virtual host with key ${g.virtualHost}.`,
        );
      }
    }
    return {
      id,
      name: g.name,
      virtualHostId,
      tenantId: tenantId(g.tenant, path),
      processes: g.processes,
      threads: g.threads,
      user: g.user,
      group: g.group,
      options: g.options,
    };
  });

  // Current directory ids per lower-cased vhost key, then by path: no key string built per directory.
  const currentDirectory = new Map<string, Map<string, string>>();
  for (const d of current.directories) {
    const key = `${currentKeys.get(d.virtualHostId)?.toLowerCase()}`;
    const paths = currentDirectory.get(key);
    if (paths === undefined) currentDirectory.set(key, new Map([[d.path, d.id]]));
    else paths.set(d.path, d.id);
  }
  const directories: Directory[] = spec.virtualHosts.flatMap((v, i) => {
    const seen = new Set<string>();
    const vhostKey = keyOf(v);
    const currentIds = currentDirectory.get(vhostKey.toLowerCase());
    const virtualHostId = vhostIdByKey.get(vhostKey.toLowerCase()) ?? '';
    return v.directories.map((d, j) => {
      const path = `/virtualHosts/${i}/directories/${j}`;
      if (seen.has(d.path))
        error(`${path}/path`, 'SPEC_DUPLICATE_KEY', `Directory ${d.path} is listed twice.`);
      seen.add(d.path);
      const id = currentIds?.get(d.path) ?? `${NEW_ID_PREFIX}dir:${vhostKey}:${d.path}`;
      pointers.set(id, path);
      return {
        id,
        virtualHostId,
        tenantId: tenantId(d.tenant, path) ?? '',
        path: d.path,
        urlPath: d.urlPath,
        allowOverride: d.allowOverride,
        options: d.options,
        handlers: d.handlers,
        restrictProcess: d.restrictProcess,
        processGroup: d.processGroup,
        env: d.env,
        rules: options.shareRules === true ? d.htaccess : d.htaccess.map((r) => ({ ...r })),
      };
    });
  });

  const currentMount = new Map(
    (current.wsgiMounts ?? []).map((m) => [
      `${currentKeys.get(m.virtualHostId)?.toLowerCase()}\u0000${mountUrlKey(m)}`,
      m.id,
    ]),
  );
  const wsgiMounts: WsgiMount[] = spec.virtualHosts.flatMap((v, i) => {
    const seen = new Set<string>();
    return (v.wsgiMounts ?? []).map((m, j) => {
      const path = `/virtualHosts/${i}/wsgiMounts/${j}`;
      const urlKey = mountUrlKey(m);
      if (seen.has(urlKey))
        error(
          `${path}/${m.urlPath !== undefined ? 'urlPath' : 'urlPattern'}`,
          'SPEC_DUPLICATE_KEY',
          `The mount ${urlKey} is listed twice.`,
        );
      seen.add(urlKey);
      const id =
        currentMount.get(`${keyOf(v).toLowerCase()}\u0000${urlKey}`) ??
        `${NEW_ID_PREFIX}mount:${keyOf(v)}:${urlKey}`;
      pointers.set(id, path);
      return {
        id,
        virtualHostId: vhostIdByKey.get(keyOf(v).toLowerCase()) ?? '',
        tenantId: tenantId(m.tenant ?? null, path),
        urlPath: m.urlPath ?? null,
        urlPattern: m.urlPattern ?? null,
        script: m.script,
        processGroup: m.processGroup ?? null,
        applicationGroup: m.applicationGroup ?? null,
        callableObject: m.callableObject ?? null,
        passAuthorization: m.passAuthorization ?? null,
      };
    });
  });

  // Every tenant stays visible to validation (a group may not run as another tenant's unix user), the document's
  // own entries winning.
  const allTenants = new Map([...knownTenants, ...current.tenants].map((t) => [t.id, t]));
  for (const tenant of tenants.values()) allTenants.set(tenant.id, tenant);
  const model: ServerModel = {
    ...current,
    ...spec.server,
    daemonGroups: [...daemonGroups, ...kept(current.daemonGroups, daemonGroups, options.prune)],
    virtualHosts: [...virtualHosts, ...kept(current.virtualHosts, virtualHosts, options.prune)],
    tenants: [...allTenants.values()],
    directories: [...directories, ...kept(current.directories, directories, options.prune)],
    wsgiMounts: [...wsgiMounts, ...kept(current.wsgiMounts ?? [], wsgiMounts, options.prune)],
  };
  // The row mapper leaves linux out: said the same way, an explicit "linux" compares as unchanged.
  if (model.platform === 'linux') delete model.platform;
  return { model, pointers, diagnostics };
}

/** The current objects the document does not list: kept as they are unless the client asked to prune. */
function kept<T extends { id: string }>(current: readonly T[], listed: readonly T[], prune: boolean): T[] {
  if (prune) return [];
  const ids = new Set(listed.map((o) => o.id));
  return current.filter((o) => !ids.has(o.id));
}

function keyOf(vhost: Pick<VirtualHostSpec, 'key' | 'serverName'>): string {
  return vhost.key ?? vhost.serverName;
}

/**
 * Export: the server's model as a ServerSpec. Deterministic — lists sorted by natural key, object keys sorted — so the
 * same state always exports byte-identically (and an ETag of the JSON text is stable). Only tenants that own something
 * on this server are listed.
 */
export function firstSpecOfModel(
  model: ServerModel,
  /** firstVirtualHostKeys(model.virtualHosts), when the caller has them already. */
  keys: ReadonlyMap<string, string> = firstVirtualHostKeys(model.virtualHosts),
  /**
   * The spec may hold the model's own lists, records (in order already) and .htaccess rules (in the spec's form
   * already) instead of copies: for a caller that discards the model and changes neither (the import, whose model
   * exists only to be exported). Its rules must hold no keys but HtaccessRule's, in that order.
   */
  shareLists = false,
): ServerSpec {
  const copy = copying(shareLists);
  const tenantName = new Map(model.tenants.map((t) => [t.id, t.name]));
  const nameOf = (id: string | null) => (id === null ? null : (tenantName.get(id) ?? null));
  const used = new Set<string>([
    ...model.daemonGroups.flatMap((g) => (g.tenantId === null ? [] : [g.tenantId])),
    ...model.directories.map((d) => d.tenantId),
    ...(model.wsgiMounts ?? []).flatMap((m) => (m.tenantId === null ? [] : [m.tenantId])),
  ]);
  // Grouped once: filtering every directory per vhost would be quadratic at 10k vhosts.
  const directoriesOf = new Map<string, Directory[]>();
  for (const d of model.directories) {
    const list = directoriesOf.get(d.virtualHostId);
    if (list === undefined) directoriesOf.set(d.virtualHostId, [d]);
    else list.push(d);
  }
  const mountsOf = new Map<string, WsgiMount[]>();
  for (const m of model.wsgiMounts ?? []) {
    const list = mountsOf.get(m.virtualHostId);
    if (list === undefined) mountsOf.set(m.virtualHostId, [m]);
    else list.push(m);
  }
  return {
    apiVersion: SERVER_SPEC_API_VERSION,
    server: {
      modWsgiVersion: model.modWsgiVersion,
      ...(model.platform === 'windows' ? { platform: model.platform } : {}),
      restrictEmbedded: model.restrictEmbedded,
      socketPrefix: model.socketPrefix,
      apacheUser: model.apacheUser,
      apacheGroup: model.apacheGroup,
      configDir: model.configDir,
      pythonVersion: model.pythonVersion ?? null,
      ...(model.restrictProcess != null ? { restrictProcess: copy(model.restrictProcess) } : {}),
      ...(model.processGroup != null ? { processGroup: model.processGroup } : {}),
    },
    tenants: sortedInPlace(
      model.tenants
        .filter((t) => used.has(t.id))
        .map((t) => ({
          name: t.name,
          unixUser: t.unixUser,
          unixGroup: t.unixGroup,
          homeDirectory: t.homeDirectory ?? null,
        })),
      (a, b) => compare(a.name, b.name),
    ),
    daemonGroups: sortedByLowerCase(
      model.daemonGroups.map((g) =>
        groupSpec(
          g,
          g.virtualHostId === null ? null : (keys.get(g.virtualHostId) ?? null),
          nameOf(g.tenantId),
          shareLists,
        ),
      ),
      (g) => g.name,
    ),
    virtualHosts: sortedByLowerCase(
      model.virtualHosts.map((v) =>
        vhostSpec(
          v,
          keys.get(v.id) ?? v.serverName,
          directoriesOf.get(v.id) ?? [],
          mountsOf.get(v.id) ?? [],
          nameOf,
          shareLists,
        ),
      ),
      (v) => v.key ?? v.serverName,
    ),
  };
}

function groupSpec(
  group: DaemonGroup,
  virtualHost: string | null,
  tenant: string | null,
  share: boolean,
): DaemonGroupSpec {
  const record = recording(share);
  return {
    name: group.name,
    virtualHost,
    tenant,
    processes: group.processes,
    threads: group.threads,
    user: group.user,
    group: group.group,
    options: record(group.options),
  };
}

function vhostSpec(
  vhost: VirtualHost,
  key: string,
  /** This vhost's directories. */
  directories: readonly Directory[],
  /** This vhost's WSGI mounts. */
  mounts: readonly WsgiMount[],
  nameOf: (id: string | null) => string | null,
  share: boolean,
): VirtualHostSpec {
  const copy = copying(share);
  const record = recording(share);
  return {
    ...(key === vhost.serverName ? {} : { key }),
    serverName: vhost.serverName,
    serverAliases: copy(vhost.serverAliases),
    addresses: copy(vhost.addresses),
    documentRoot: vhost.documentRoot,
    processGroup: vhost.processGroup,
    applicationGroup: vhost.applicationGroup,
    ...(vhost.restrictProcess != null ? { restrictProcess: copy(vhost.restrictProcess) } : {}),
    env: record(vhost.env),
    processGroupMap:
      vhost.processGroupMap === null
        ? null
        : {
            variable: vhost.processGroupMap.variable,
            fallback: vhost.processGroupMap.fallback,
            entries: vhost.processGroupMap.entries.map((e) => ({ uri: e.uri, processGroup: e.processGroup })),
            ...(vhost.processGroupMap.format === 'dbm' ? { format: 'dbm' as const } : {}),
          },
    directories: sortedInPlace(
      directories.map((d) => directorySpec(d, nameOf(d.tenantId) ?? '', share)),
      (a, b) => compare(a.path, b.path),
    ),
    // In the order Apache reads them (deeper URL paths first, patterns last), which is also a total order by URL.
    wsgiMounts: mountsInConfigOrder(mounts).map((m) => mountSpec(m, nameOf(m.tenantId))),
  };
}

function mountSpec(mount: WsgiMount, tenant: string | null): WsgiMountSpec {
  return {
    ...(mount.urlPath !== null ? { urlPath: mount.urlPath } : { urlPattern: mount.urlPattern ?? '' }),
    script: mount.script,
    ...(tenant !== null ? { tenant } : {}),
    ...(mount.processGroup !== null ? { processGroup: mount.processGroup } : {}),
    ...(mount.applicationGroup !== null ? { applicationGroup: mount.applicationGroup } : {}),
    ...(mount.callableObject !== null ? { callableObject: mount.callableObject } : {}),
    ...(mount.passAuthorization !== null ? { passAuthorization: mount.passAuthorization } : {}),
  };
}

/** One directory as the export writes it (`tenant`: its tenant's name, '' when unknown). */
function directorySpec(
  directory: Directory,
  tenant: string,
  /** specOfModel's shareLists. */
  share = false,
): DirectorySpec {
  const copy = copying(share);
  const record = recording(share);
  return {
    path: directory.path,
    tenant,
    urlPath: directory.urlPath,
    allowOverride: copy(directory.allowOverride),
    options: copy(directory.options),
    handlers: directory.handlers.map((h) => ({ handler: h.handler, extensions: copy(h.extensions) })),
    restrictProcess: directory.restrictProcess === null ? null : copy(directory.restrictProcess),
    processGroup: directory.processGroup,
    env: record(directory.env),
    htaccess: share && directory.rules.every(isInSpecForm) ? directory.rules : directory.rules.map(ruleSpec),
  };
}

/** A rule ruleSpec would write with the same keys: no variable, and files or filesMatch. */
function isInSpecForm(r: HtaccessRule): r is HtaccessRuleSpec {
  return r.variable === undefined && (r.files === undefined) !== (r.filesMatch === undefined);
}

function ruleSpec(r: HtaccessRule): HtaccessRuleSpec {
  // The default selector variable is left out, so `SetEnv PROCESS_GROUP` read back from a file compares equal.
  const variable =
    r.variable !== undefined && r.variable.toUpperCase() !== DEFAULT_PROCESS_GROUP_VARIABLE
      ? r.variable
      : undefined;
  // The two shapes nearly every rule has, built directly (200k rules at 10k vhosts; spreads were slow).
  if (variable === undefined && r.files !== undefined && r.filesMatch === undefined)
    return { files: r.files, processGroup: r.processGroup };
  if (variable === undefined && r.filesMatch !== undefined && r.files === undefined)
    return { filesMatch: r.filesMatch, processGroup: r.processGroup };
  return {
    ...(r.files !== undefined ? { files: r.files } : {}),
    ...(r.filesMatch !== undefined ? { filesMatch: r.filesMatch } : {}),
    ...(variable !== undefined ? { variable } : {}),
    processGroup: r.processGroup,
  };
}

/**
 * Sorted by the lower-cased natural key, each key lower-cased once (a comparator lower-casing both sides did it
 * ~30 times per object for 40k groups). Stable, like the sort it replaces.
 */
function sortedByLowerCase<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ key: keyOf(item).toLowerCase(), item }));
  sortedInPlace(keyed, (a, b) => compare(a.key, b.key));
  return keyed.map((k) => k.item);
}

/** A model's list as the spec holds it: a copy, or the list itself when shared (shareLists). */
function copying(share: boolean): <T>(list: readonly T[]) => T[] {
  return share ? itself : copied;
}

function itself<T>(list: readonly T[]): T[] {
  return list as T[];
}

function copied<T>(list: readonly T[]): T[] {
  return [...list];
}

/** A model's record as the spec holds it: sorted, or the record itself when in order and shared (shareLists). */
function recording(share: boolean): <T>(record: Readonly<Record<string, T>>) => Record<string, T> {
  return share ? sortedOrSame : sortedRecord;
}

/** sortedRecord's answer, the record itself when its keys are in order already (shareLists). */
function sortedOrSame<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === '__proto__' || (i > 0 && compare(keys[i - 1]!, keys[i]!) > 0))
      return sortedRecord(record);
  }
  return record as Record<string, T>;
}

function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  const keys = Object.keys(record);
  sortedInPlace(keys, compare);
  for (const key of keys) {
    // Plain assignment is the fast path; defineProperty keeps a key named `__proto__` an own key instead of
    // replacing the prototype.
    if (key !== '__proto__') {
      out[key] = record[key]!;
      continue;
    }
    Object.defineProperty(out, key, {
      value: record[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * The natural key of each vhost: its ServerName, or `ServerName@addresses` when several share the ServerName (the same
 * site on :80 and :443), with `#n` added only if even that repeats. Keys are compared case-insensitively, like Apache
 * compares host names.
 */
export function firstVirtualHostKeys(virtualHosts: readonly VirtualHost[]): Map<string, string> {
  const byName = new Map<string, number>();
  for (const vhost of virtualHosts) {
    const name = vhost.serverName.toLowerCase();
    byName.set(name, (byName.get(name) ?? 0) + 1);
  }
  const keys = new Map<string, string>();
  const used = new Set<string>();
  // Ordered by content, not by id: the same document must give the same keys on any server. The name and addresses
  // decide almost always; the whole content (a JSON text) is built only for the vhosts they leave tied.
  const content = new Map<VirtualHost, string>();
  const contentOf = (vhost: VirtualHost): string => {
    let text = content.get(vhost);
    if (text === undefined) content.set(vhost, (text = contentOrder(vhost)));
    return text;
  };
  const ordered = virtualHosts
    .map((vhost) => ({ vhost, order: `${vhost.serverName.toLowerCase()}\u0000${vhost.addresses.join(',')}` }))
    .sort((a, b) => compare(a.order, b.order) || compare(contentOf(a.vhost), contentOf(b.vhost)));
  for (const { vhost } of ordered) {
    const shared = (byName.get(vhost.serverName.toLowerCase()) ?? 0) > 1;
    let key = shared ? `${vhost.serverName}@${vhost.addresses.join(',')}` : vhost.serverName;
    for (let n = 2; used.has(key.toLowerCase()); n++)
      key = `${vhost.serverName}@${vhost.addresses.join(',')}#${n}`;
    used.add(key.toLowerCase());
    keys.set(vhost.id, key);
  }
  return keys;
}

function contentOrder(vhost: VirtualHost): string {
  const { id: _id, ...content } = vhost;
  return JSON.stringify(content);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
