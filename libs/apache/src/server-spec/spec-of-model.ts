import {
  DEFAULT_PROCESS_GROUP_VARIABLE,
  type DaemonGroup,
  type Directory,
  type HandlerMapping,
  type HtaccessRule,
  type ServerModel,
  type VirtualHost,
  type WsgiMount,
} from '../model/server-model.js';
import { mountsInConfigOrder } from '../render/wsgi-mount.render.js';
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
import { compare, virtualHostKeys } from './virtual-host-keys.js';

/**
 * Export: the server's model as a ServerSpec. Deterministic — lists sorted by natural key, object keys sorted — so the
 * same state always exports byte-identically (and an ETag of the JSON text is stable). Only tenants that own something
 * on this server are listed.
 */
export function specOfModel(
  model: ServerModel,
  /** virtualHostKeys(model.virtualHosts), when the caller has them already. */
  keys: ReadonlyMap<string, string> = virtualHostKeys(model.virtualHosts),
  /**
   * The spec may hold the model's own lists, records (in order already), handler mappings and .htaccess rules (in
   * the spec's form already) instead of copies: for a caller that discards the model and changes neither (the import, whose model
   * exists only to be exported). Its rules must hold no keys but HtaccessRule's, in that order.
   */
  shareLists = false,
): ServerSpec {
  const copy = copying(shareLists);
  // forEach rather than for-of in this function: it runs once per export, mostly before it is optimized, and there
  // every for-of step allocates an iterator result (70k of them).
  const tenantName = new Map<string, string>();
  model.tenants.forEach((t) => tenantName.set(t.id, t.name));
  const nameOf = (id: string | null) => (id === null ? null : (tenantName.get(id) ?? null));
  // Added one by one: spreading flatMap's 40k one-element arrays into the Set was a quarter of this function.
  const used = new Set<string>();
  model.daemonGroups.forEach((g) => g.tenantId !== null && used.add(g.tenantId));
  model.directories.forEach((d) => used.add(d.tenantId));
  model.wsgiMounts?.forEach((m) => m.tenantId !== null && used.add(m.tenantId));
  // Grouped once: filtering every directory per vhost would be quadratic at 10k vhosts.
  const directoriesOf = new Map<string, Directory[]>();
  model.directories.forEach((d) => {
    const list = directoriesOf.get(d.virtualHostId);
    if (list === undefined) directoriesOf.set(d.virtualHostId, [d]);
    else list.push(d);
  });
  const mountsOf = new Map<string, WsgiMount[]>();
  model.wsgiMounts?.forEach((m) => {
    const list = mountsOf.get(m.virtualHostId);
    if (list === undefined) mountsOf.set(m.virtualHostId, [m]);
    else list.push(m);
  });
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
    daemonGroups: sortedByName(
      model.daemonGroups.map((g) =>
        groupSpec(
          g,
          g.virtualHostId === null ? null : (keys.get(g.virtualHostId) ?? null),
          nameOf(g.tenantId),
          shareLists,
        ),
      ),
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
  const map = vhost.processGroupMap;
  const processGroupMap =
    map === null
      ? null
      : {
          variable: map.variable,
          fallback: map.fallback,
          entries: map.entries.map((e) => ({ uri: e.uri, processGroup: e.processGroup })),
          ...(map.format === 'dbm' ? { format: 'dbm' as const } : {}),
        };
  const directorySpecs = sortedInPlace(
    directories.map((d) => directorySpec(d, nameOf(d.tenantId) ?? '', share)),
    byPath,
  );
  // In the order Apache reads them (deeper URL paths first, patterns last), which is also a total order by URL.
  // Most vhosts have none: no copy to sort and map.
  const mountSpecs =
    mounts.length === 0 ? [] : mountsInConfigOrder(mounts).map((m) => mountSpec(m, nameOf(m.tenantId)));
  // Without a key of its own or a restriction list (the usual vhost), one literal: the spreads of `{}` that leave
  // them out cost a clone and a copy per vhost. The same keys in the same order as below.
  if (key === vhost.serverName && vhost.restrictProcess == null) {
    return {
      serverName: vhost.serverName,
      serverAliases: copy(vhost.serverAliases),
      addresses: copy(vhost.addresses),
      documentRoot: vhost.documentRoot,
      processGroup: vhost.processGroup,
      applicationGroup: vhost.applicationGroup,
      env: record(vhost.env),
      processGroupMap,
      directories: directorySpecs,
      wsgiMounts: mountSpecs,
    };
  }
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
    processGroupMap,
    directories: directorySpecs,
    wsgiMounts: mountSpecs,
  };
}

/** Directories in the export's order (one function for all vhosts: not a new closure per vhost). */
function byPath(a: DirectorySpec, b: DirectorySpec): number {
  return compare(a.path, b.path);
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
export function directorySpec(
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
    handlers:
      share && directory.handlers.every(isHandlerInSpecForm)
        ? directory.handlers
        : directory.handlers.map((h) => ({ handler: h.handler, extensions: copy(h.extensions) })),
    restrictProcess: directory.restrictProcess === null ? null : copy(directory.restrictProcess),
    processGroup: directory.processGroup,
    env: record(directory.env),
    htaccess: share && directory.rules.every(isInSpecForm) ? directory.rules : directory.rules.map(ruleSpec),
  };
}

/** A handler the export would write with the same keys, in the same order: `handler`, then `extensions`. */
function isHandlerInSpecForm(h: HandlerMapping): boolean {
  let count = 0;
  for (const key in h) if (key !== (count++ === 0 ? 'handler' : 'extensions')) return false;
  return count === 2;
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
 * The groups sorted by lower-cased name. Names lower-case already (nearly always) order the groups themselves: no
 * 40k key pairs built. The comparator is this one's own, so it sees group specs only (a shared one calling `keyOf`
 * was slower than the pairs).
 */
function sortedByName(groups: DaemonGroupSpec[]): DaemonGroupSpec[] {
  if (groups.every((g) => g.name.toLowerCase() === g.name))
    return sortedInPlace(groups, (a, b) => compare(a.name, b.name));
  return sortedByLowerCase(groups, (g) => g.name);
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
  // for-in instead of Object.keys: no array of keys per record (70k records at 10k vhosts). It also meets inherited
  // keys, which a record has none of; were there any, a sorted copy would be written, equal as JSON.
  let last: string | undefined;
  for (const key in record) {
    if (key === '__proto__' || (last !== undefined && compare(last, key) > 0)) return sortedRecord(record);
    last = key;
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
