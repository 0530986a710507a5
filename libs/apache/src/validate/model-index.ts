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

/**
 * No two directories share a .htaccess file: in the sorted disk-path keys (one per directory, equal exactly when
 * the files are) no key repeats, and a repeat would sit next to its twin. Spares building directoriesByHtaccessFile.
 */
export function noFileIsShared(entries: readonly DiskPathEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    if ((entries[i] as DiskPathEntry).key === (entries[i - 1] as DiskPathEntry).key) return false;
  }
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Last wins on duplicate ids, as with `new Map(entries)`. */
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < items.length; i++) map.set((items[i] as T).id, items[i] as T);
  return map;
}

/**
 * Exact name → first group of that name. Sets unconditionally (one map operation per group) and redoes the
 * walk first-wins only when a name repeats: a set on an existing key would keep the last group instead.
 */
function groupsByExactName(groups: readonly DaemonGroup[]): Map<string, DaemonGroup> {
  const byName = new Map<string, DaemonGroup>();
  for (let i = 0; i < groups.length; i++)
    byName.set((groups[i] as DaemonGroup).name, groups[i] as DaemonGroup);
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

/**
 * The loops here (and over the model in the rules) go by index: a for-of over 10^4 items allocates an iterator
 * result per item until V8 optimizes the loop, and an import builds one index.
 */
export function buildModelIndex(model: ServerModel): ModelIndex {
  const groupsByName = groupsByExactName(model.daemonGroups);
  const directoriesByDiskPath: DiskPathEntry[] = [];
  const directories = model.directories;
  for (let i = 0; i < directories.length; i++) {
    const d = directories[i] as Directory;
    directoriesByDiskPath.push({ key: diskPathKey(d.path), id: d.id });
  }
  directoriesByDiskPath.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // These two are built on first use: validate() of a server whose group names fold apart and whose directories
  // share no .htaccess file reads neither (see checkGroupNames, checkHtaccessPathConflicts). Own enumerable
  // getters, so a spread copy of the index (apps/ makes them) still carries the maps.
  let groupsByFoldedName: Map<string, DaemonGroup[]> | undefined;
  let directoriesByHtaccessFile: Map<string, string[]> | undefined;
  const tenantsByUnixUser = new Map<string, Tenant[]>();
  const tenants = model.tenants;
  for (let i = 0; i < tenants.length; i++)
    push(tenantsByUnixUser, (tenants[i] as Tenant).unixUser, tenants[i] as Tenant);
  return {
    model,
    vhostsById: byId(model.virtualHosts),
    tenantsById: byId(model.tenants),
    directoriesById: byId(model.directories),
    groupsByName,
    // Built on first read from `model` as it is then (the model is never changed after indexing); a spread of the
    // index (`{ ...index }`, as the API's .htaccess batches do) reads both getters and so builds them.
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
