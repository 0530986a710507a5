import type { Diagnostic } from '../model/diagnostic.js';
import type { DaemonGroup } from '../model/server-model.js';
import { isGroupName } from '../syntax/name-patterns.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { asciiLower } from '../wsgi/restrict-list.js';
import { error, paths } from './diagnostics.js';
import type { ModelIndex } from './model-index.js';

/** Some character of `value` is an ASCII capital, the only characters asciiLower changes. */
function hasAsciiCapital(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

/**
 * No two groups' names fold to the same name, proved without the folded map: the exact names are distinct
 * (groupsByName has one entry per group) and none has a capital, so each name is its own folded form.
 * False means "look at groupsByFoldedName".
 */
export function namesFoldApart(index: ModelIndex): boolean {
  const groups = index.model.daemonGroups;
  if (index.groupsByName.size !== groups.length) return false;
  for (let i = 0; i < groups.length; i++) if (hasAsciiCapital((groups[i] as DaemonGroup).name)) return false;
  return true;
}

/**
 * Daemon names: strict characters, and unique across the whole server (not per vhost, spec §1.3),
 * compared case-insensitively because restriction lists match case-insensitively (spec §3, §8).
 */
export function checkGroupNames(index: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, string>();
  const foldApart = namesFoldApart(index);
  // An index loop: for-of allocates an iterator result per group until optimized (see checkDaemonIdentity).
  const groups = index.model.daemonGroups;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as DaemonGroup;
    // The clean case without building a path: a valid name no other group folds to, known references.
    if (
      isGroupName(group.name) &&
      (foldApart || index.groupsByFoldedName.get(asciiLower(group.name))?.length === 1) &&
      (group.virtualHostId === null || index.vhostsById.has(group.virtualHostId)) &&
      (group.tenantId === null || index.tenantsById.has(group.tenantId))
    ) {
      continue;
    }
    const path = paths.group(group.id, 'name');
    if (group.name === '') {
      out.push(
        error(
          'INVALID_GROUP_NAME',
          path,
          'the group name is empty',
          'Name of WSGI daemon process not supplied.',
        ),
      );
      continue;
    }
    if (isLexicallySafe(group.name) && !isGroupName(group.name)) {
      out.push(
        error(
          'INVALID_GROUP_NAME',
          path,
          `"${group.name}" must match ^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$ (no leading %, no spaces or quotes)`,
        ),
      );
    }
    const folded = asciiLower(group.name);
    const previous = seen.get(folded);
    if (previous === undefined) {
      seen.set(folded, group.name);
    } else if (previous === group.name) {
      out.push(
        error(
          'DUPLICATE_GROUP_NAME',
          path,
          `"${group.name}" is already defined on this server; names are unique per server, not per virtual host`,
          'Name duplicates previous WSGI daemon definition.',
        ),
      );
    } else {
      out.push(
        error(
          'GROUP_NAMES_DIFFER_ONLY_BY_CASE',
          path,
          `"${group.name}" differs only by case from "${previous}"; WSGIRestrictProcess would treat them as the same group`,
        ),
      );
    }
    if (group.virtualHostId !== null && !index.vhostsById.has(group.virtualHostId)) {
      out.push(error('UNKNOWN_VIRTUAL_HOST', paths.group(group.id, 'virtualHostId'), 'no such virtual host'));
    }
    if (group.tenantId !== null && !index.tenantsById.has(group.tenantId)) {
      out.push(error('UNKNOWN_TENANT', paths.group(group.id, 'tenantId'), 'no such tenant'));
    }
  }
  return out;
}
