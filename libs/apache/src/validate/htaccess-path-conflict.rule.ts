import type { Diagnostic } from '../model/diagnostic.js';
import { DEFAULT_PROCESS_GROUP_VARIABLE, type Directory } from '../model/server-model.js';
import { error, paths } from './diagnostics.js';
import { htaccessFileOf } from './htaccess-file.js';
import { noFileIsShared, type ModelIndex } from './model-index.js';

/**
 * Two directory records whose paths are one directory on disk (the same path in a :80 and a :443 vhost,
 * or /x and /x/) share one .htaccess file, so their rules must agree. render() refuses the clash as a last
 * line of defence (RENDER_HTACCESS_CONFLICT); checking it here refuses the write instead of GET /config.
 * As in render(), a record without rules takes part in nothing: it writes no file.
 */
export function checkHtaccessPathConflicts(index: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (noFileIsShared(index.directoriesByDiskPath)) return out;
  for (const ids of index.directoriesByHtaccessFile.values()) {
    if (ids.length < 2) continue;
    const writers = withRules(index, ids);
    // With two distinct rule sets, every writer differs from at least one other.
    if (new Set(writers.map(rulesKey)).size > 1) out.push(...writers.map(conflict));
  }
  return out;
}

/** The same check for one (possibly just edited) directory; siblings come from the index. O(siblings). */
export function checkHtaccessPathConflict(index: ModelIndex, directory: Directory): Diagnostic[] {
  if (directory.rules.length === 0) return [];
  const ids = index.directoriesByHtaccessFile.get(htaccessFileOf(directory.path)) ?? [];
  const mine = rulesKey(directory);
  const siblings = withRules(
    index,
    ids.filter((id) => id !== directory.id),
  );
  return siblings.some((other) => rulesKey(other) !== mine) ? [conflict(directory)] : [];
}

function withRules(index: ModelIndex, ids: readonly string[]): Directory[] {
  return ids.flatMap((id) => {
    const directory = index.directoriesById.get(id);
    return directory !== undefined && directory.rules.length > 0 ? [directory] : [];
  });
}

/** Equal keys render the same file (an absent variable is PROCESS_GROUP, as renderHtaccess writes it). */
function rulesKey(directory: Directory): string {
  return JSON.stringify(
    directory.rules.map((r) => [
      r.files ?? null,
      r.filesMatch ?? null,
      r.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE,
      r.processGroup,
    ]),
  );
}

/** Names neither the other record nor its owner: it may belong to another tenant. */
function conflict(directory: Directory): Diagnostic {
  const file = htaccessFileOf(directory.path);
  return error(
    'HTACCESS_PATH_CONFLICT',
    paths.directory(directory.id, 'path'),
    `${file} is shared with another <Directory> record for the same directory (another virtual host or ` +
      'port) whose .htaccess rules differ; one file cannot hold both',
  );
}
