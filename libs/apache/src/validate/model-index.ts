import type { DaemonGroup, Directory, ServerModel, Tenant, VirtualHost } from '../model/server-model.js';
import { asciiLower } from '../wsgi/restrict-list.js';
import { htaccessDirectoryOf, htaccessFileOf } from './htaccess-file.js';

/**
 * Lookups over one server model, built once in O(n) and reused: `validate` uses it for every rule and
 * `validateDirectory` takes it so that checking one directory never walks the whole server.
 */
export interface ModelIndex {
  model: ServerModel;
  vhostsById: ReadonlyMap<string, VirtualHost>;
  tenantsById: ReadonlyMap<string, Tenant>;
  directoriesById: ReadonlyMap<string, Directory>;
  /** Exact (case-sensitive) name → first definition, as mod_wsgi's hash lookup finds it. */
  groupsByName: ReadonlyMap<string, DaemonGroup>;
  /** ASCII-folded name → every definition (restriction lists match case-insensitively). */
  groupsByFoldedName: ReadonlyMap<string, readonly DaemonGroup[]>;
  /** Unix user → tenants using it. */
  tenantsByUnixUser: ReadonlyMap<string, readonly Tenant[]>;
  /** .htaccess file (see htaccessFileOf) → ids of the directories that share it; ids, so a rules-only change keeps it valid. */
  directoriesByHtaccessFile: ReadonlyMap<string, readonly string[]>;
  /**
   * Every directory by its normalised on-disk path with a trailing slash ("/srv/www/bob/"), sorted by that key
   * (code-unit order): the directories below one directory are one contiguous run (see directoriesBelow).
   */
  directoriesByDiskPath: readonly DiskPathEntry[];
}

export interface DiskPathEntry {
  key: string;
  id: string;
}

/** "/a/b/" for /a/b, /a/b/, /a//b/. ...: the directory htaccessFileOf puts the file in. */
export function diskPathKey(directoryPath: string): string {
  return htaccessDirectoryOf(directoryPath);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Last wins on duplicate ids, as with `new Map(entries)`. */
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

/**
 * Exact name → first group of that name. Sets unconditionally (one map operation per group) and redoes the
 * walk first-wins only when a name repeats: a set on an existing key would keep the last group instead.
 */
function groupsByExactName(groups: readonly DaemonGroup[]): Map<string, DaemonGroup> {
  const byName = new Map<string, DaemonGroup>();
  for (const group of groups) byName.set(group.name, group);
  if (byName.size === groups.length) return byName;
  byName.clear();
  for (const group of groups) if (!byName.has(group.name)) byName.set(group.name, group);
  return byName;
}

function groupsByFolded(groups: readonly DaemonGroup[]): Map<string, DaemonGroup[]> {
  const byFolded = new Map<string, DaemonGroup[]>();
  for (const group of groups) push(byFolded, asciiLower(group.name), group);
  return byFolded;
}

function directoriesByFile(directories: readonly Directory[]): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const d of directories) push(byFile, htaccessFileOf(d.path), d.id);
  return byFile;
}

export function buildModelIndex(model: ServerModel): ModelIndex {
  const groupsByName = groupsByExactName(model.daemonGroups);
  const directoriesByDiskPath: DiskPathEntry[] = [];
  for (const d of model.directories) directoriesByDiskPath.push({ key: diskPathKey(d.path), id: d.id });
  directoriesByDiskPath.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // These two are built on first use: validate() of a server whose group names fold apart and whose directories
  // share no .htaccess file reads neither (see checkGroupNames, checkHtaccessPathConflicts). Own enumerable
  // getters, so a spread copy of the index (apps/ makes them) still carries the maps.
  let groupsByFoldedName: Map<string, DaemonGroup[]> | undefined;
  let directoriesByHtaccessFile: Map<string, string[]> | undefined;
  const tenantsByUnixUser = new Map<string, Tenant[]>();
  for (const tenant of model.tenants) push(tenantsByUnixUser, tenant.unixUser, tenant);
  return {
    model,
    vhostsById: byId(model.virtualHosts),
    tenantsById: byId(model.tenants),
    directoriesById: byId(model.directories),
    groupsByName,
    get groupsByFoldedName() {
      return (groupsByFoldedName ??= groupsByFolded(model.daemonGroups));
    },
    tenantsByUnixUser,
    get directoriesByHtaccessFile() {
      return (directoriesByHtaccessFile ??= directoriesByFile(model.directories));
    },
    directoriesByDiskPath,
  };
}
