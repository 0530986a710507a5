import type { DaemonGroup, Directory, ServerModel, Tenant, VirtualHost } from '../model/server-model.js';
import { asciiLower } from '../wsgi/restrict-list.js';
import { htaccessFileOf } from './htaccess-file.js';

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

const HTACCESS = '.htaccess';

/** "/a/b/" for /a/b, /a/b/, /a//b/. ...: the directory htaccessFileOf puts the file in. */
export function diskPathKey(directoryPath: string): string {
  const file = htaccessFileOf(directoryPath);
  return file.slice(0, file.length - HTACCESS.length);
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

export function buildModelIndex(model: ServerModel): ModelIndex {
  const groupsByName = new Map<string, DaemonGroup>();
  const groupsByFoldedName = new Map<string, DaemonGroup[]>();
  for (const group of model.daemonGroups) {
    const folded = asciiLower(group.name);
    const sameFolded = groupsByFoldedName.get(folded);
    if (sameFolded === undefined) {
      // The first of its folded name is the first of its exact name too: one lookup fewer per group.
      groupsByFoldedName.set(folded, [group]);
      groupsByName.set(group.name, group);
    } else {
      sameFolded.push(group);
      if (!groupsByName.has(group.name)) groupsByName.set(group.name, group);
    }
  }
  const tenantsByUnixUser = new Map<string, Tenant[]>();
  for (const tenant of model.tenants) push(tenantsByUnixUser, tenant.unixUser, tenant);
  const directoriesByHtaccessFile = new Map<string, string[]>();
  const directoriesByDiskPath: DiskPathEntry[] = [];
  for (const d of model.directories) {
    const file = htaccessFileOf(d.path);
    push(directoriesByHtaccessFile, file, d.id);
    directoriesByDiskPath.push({ key: file.slice(0, file.length - HTACCESS.length), id: d.id });
  }
  directoriesByDiskPath.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    model,
    vhostsById: byId(model.virtualHosts),
    tenantsById: byId(model.tenants),
    directoriesById: byId(model.directories),
    groupsByName,
    groupsByFoldedName,
    tenantsByUnixUser,
    directoriesByHtaccessFile,
    directoriesByDiskPath,
  };
}
