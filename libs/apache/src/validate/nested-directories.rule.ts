import type { Diagnostic } from '../model/diagnostic.js';
import { DEFAULT_PROCESS_GROUP_VARIABLE, type Directory, type VirtualHost } from '../model/server-model.js';
import { asciiLower } from '../wsgi/restrict-list.js';
import { error, paths, warning } from './diagnostics.js';
import { effectiveProcessGroup } from './directories.rule.js';
import { checkEnvSelectedGroup, isSilentEnvSelection } from './env-selection.js';
import { envSelector } from './group-reference.js';
import { diskPathKey, type DiskPathEntry, type ModelIndex } from './model-index.js';

/**
 * Apache merges a directory's .htaccess into every request below it during the directory walk, and a
 * `<Files>` SetEnv from it beats a deeper `<Directory>` SetEnv (spec §6.1). So a directory's rules are also
 * rules of every directory nested below it on disk, in any vhost: they must not reach another tenant's
 * directory at all (an error), and should pass each nested directory's own restriction list and visibility.
 * Diagnostics sit on the rules of the upper directory, so the tenant who writes them (or the admin whose
 * nesting write creates the overlap) is refused. The other tenant is never named.
 */
export function checkNestedDirectories(index: ModelIndex, directory: Directory): Diagnostic[] {
  if (directory.rules.length === 0) return [];
  const below = directoriesBelow(index, directory.path);
  if (below.length === 0) return [];
  const out: Diagnostic[] = [];
  const own: Directory[] = [];
  let foreign = false;
  for (const id of below) {
    const nested = index.directoriesById.get(id);
    if (nested === undefined) continue;
    if (nested.tenantId !== directory.tenantId) foreign = true;
    else own.push(nested);
  }
  if (foreign) {
    directory.rules.forEach((_rule, i) => {
      out.push(
        error(
          'HTACCESS_REACHES_ANOTHER_TENANT',
          `/directories/${directory.id}/rules/${i}`,
          'a directory of another tenant is nested below this one; its .htaccess would apply there too',
        ),
      );
    });
  }
  for (const nested of own) out.push(...checkRulesFor(index, directory, nested));
  return out;
}

export function checkAllNestedDirectories(index: ModelIndex): Diagnostic[] {
  // Most directories have nothing below them: one walk of the sorted keys finds the few that do, instead of a
  // binary search (and two key strings) per directory. An id outside the set has nothing below any of its records.
  const above = idsWithDirectoriesBelow(index.directoriesByDiskPath);
  const out: Diagnostic[] = [];
  if (above.size === 0) return out;
  // An index loop: for-of allocates an iterator result per directory until optimized (see checkDaemonIdentity).
  const directories = index.model.directories;
  for (let i = 0; i < directories.length; i++) {
    const directory = directories[i] as Directory;
    if (above.has(directory.id)) out.push(...checkNestedDirectories(index, directory));
  }
  return out;
}

/**
 * Ids of the entries that directoriesBelow would find something under: in key order, the directories strictly
 * below a key are the run right after its equal keys, so only the first different key needs a look.
 */
function idsWithDirectoriesBelow(entries: readonly DiskPathEntry[]): Set<string> {
  const ids = new Set<string>();
  let i = 0;
  while (i < entries.length) {
    const key = (entries[i] as DiskPathEntry).key;
    let next = i + 1;
    while (next < entries.length && (entries[next] as DiskPathEntry).key === key) next++;
    if (next < entries.length && (entries[next] as DiskPathEntry).key.startsWith(key)) {
      for (let j = i; j < next; j++) ids.add((entries[j] as DiskPathEntry).id);
    }
    i = next;
  }
  return ids;
}

/**
 * Each rule's group as a nested directory of the same tenant sees it, where that directory's WSGIProcessGroup
 * reads the rule's variable. A refusal there is the tenant's own 500, not an isolation breach, and the oracle
 * (nested-directories-replace-parent-settings) shows such a narrowed list is legal Apache: so a warning, on
 * the rule itself (not its processGroup, whose warnings the tenant view drops), saying only what the
 * directory's own check does not already say.
 */
function checkRulesFor(index: ModelIndex, directory: Directory, nested: Directory): Diagnostic[] {
  const vhost = index.vhostsById.get(nested.virtualHostId);
  const selector = selectorOf(nested, vhost, index.model.processGroup ?? null);
  if (selector === null) return [];
  const out: Diagnostic[] = [];
  const ownVhost = index.vhostsById.get(directory.virtualHostId);
  directory.rules.forEach((rule, i) => {
    const variable = rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE;
    if (typeof variable !== 'string' || asciiLower(variable) !== selector) return;
    if (isSilentEnvSelection(index, rule.processGroup, vhost, nested, 'tenant')) return;
    const path = paths.rule(directory.id, i, 'processGroup');
    const there = checkEnvSelectedGroup(index, rule.processGroup, vhost, nested, path, 'tenant');
    if (there.length === 0) return;
    const here = new Set(
      checkEnvSelectedGroup(index, rule.processGroup, ownVhost, directory, path, 'tenant').map((d) => d.code),
    );
    for (const d of there) {
      if (here.has(d.code) || d.severity !== 'error') continue;
      out.push(
        warning(
          'RULE_REFUSED_IN_NESTED_DIRECTORY',
          `/directories/${directory.id}/rules/${i}`,
          `this .htaccess also covers the nested directory ${nested.path}, where ${d.code}: ${d.message}`,
          d.apacheMessage,
        ),
      );
    }
  });
  return out;
}

/** The folded variable the directory's effective WSGIProcessGroup reads, or null when it is not %{ENV:...}. */
function selectorOf(
  directory: Directory,
  vhost: VirtualHost | undefined,
  serverProcessGroup: string | null,
): string | null {
  return envSelector(effectiveProcessGroup(directory, vhost, serverProcessGroup));
}

/** Ids of the directories strictly below `path` on disk (any vhost), via a binary search of the sorted keys. */
export function directoriesBelow(index: ModelIndex, path: string): string[] {
  const prefix = diskPathKey(path);
  const entries = index.directoriesByDiskPath;
  let lo = lowerBound(entries, prefix);
  // Entries equal to the prefix are the directory itself (or records sharing its .htaccess): not below it.
  while (lo < entries.length && (entries[lo] as DiskPathEntry).key === prefix) lo++;
  const ids: string[] = [];
  for (let i = lo; i < entries.length; i++) {
    const entry = entries[i] as DiskPathEntry;
    if (!entry.key.startsWith(prefix)) break;
    ids.push(entry.id);
  }
  return ids;
}

function lowerBound(entries: readonly DiskPathEntry[], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid] as DiskPathEntry).key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
