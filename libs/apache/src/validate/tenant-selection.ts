import type { Directory, VirtualHost } from '../model/server-model.js';
import { GLOBAL_TOKEN } from '../wsgi/restrict-list.js';
import { restrictListInForce } from '../wsgi/restrict-scope.js';
import { isGroupVisibleFrom } from '../wsgi/visibility.js';
import type { ModelIndex } from './model-index.js';

/** The parts of a directory that decide what its tenant may select. */
export type SelectionScope = Pick<Directory, 'restrictProcess' | 'tenantId'>;

/**
 * THE decision of what a tenant's .htaccess rule may select in a directory. The validator refuses every other
 * value of a tenant rule (GROUP_NOT_ALLOWED_FOR_TENANT), and allowedProcessGroups lists exactly the values it
 * accepts, so what the API offers and what a PUT accepts cannot disagree (finding 2 of issue 9):
 * - with a WSGIRestrictProcess list: a listed entry (exact spelling) naming a group visible from the vhost,
 *   or %{GLOBAL} when the list names it and WSGIRestrictEmbedded is Off;
 * - without a list: only the tenant's own visible groups. mod_wsgi would run any visible group, including a
 *   shared one whose user= is another tenant's unix user, so Hostplane narrows it to what it can vouch for.
 * The list is the one in force at the directory (its own, else the vhost's, else the server's: spec §3). An
 * inherited list was written for every directory below it, not for this tenant, so from it a tenant may take
 * only its own groups (and %{GLOBAL} when listed); a directory's own list is the admin's offer to its tenant.
 * The empty value (embedded mode, spelled differently) is never offered: it cannot be written unquoted.
 */
export function tenantMaySelect(
  index: ModelIndex,
  vhost: VirtualHost | undefined,
  directory: SelectionScope,
  value: string,
): boolean {
  if (vhost === undefined || typeof value !== 'string') return false;
  // restrictListInForce inlined: called for every tenant rule of a big server, so no result object.
  const own = directory.restrictProcess;
  const list = own ?? vhost.restrictProcess ?? index.model.restrictProcess ?? null;
  if (value === GLOBAL_TOKEN)
    return list !== null && list.includes(GLOBAL_TOKEN) && !index.model.restrictEmbedded;
  const group = index.groupsByName.get(value);
  if (group === undefined || !isGroupVisibleFrom(group, vhost, index.vhostsById)) return false;
  if (list === null) return group.tenantId === directory.tenantId;
  return list.includes(value) && (own !== null || group.tenantId === directory.tenantId);
}

/**
 * Every value tenantMaySelect accepts for `directory`, for the tenant's UI: the restriction list's order when
 * there is one, else the group names sorted.
 */
export function allowedProcessGroups(index: ModelIndex, directory: Directory): string[] {
  const vhost = index.vhostsById.get(directory.virtualHostId);
  if (vhost === undefined) return [];
  const allowed = new Set<string>();
  const list = restrictListInForce(index.model, vhost, directory.restrictProcess).list;
  if (list !== null) {
    for (const value of list) if (tenantMaySelect(index, vhost, directory, value)) allowed.add(value);
    return [...allowed];
  }
  // Filtered before sorting: a big server has tens of thousands of groups, a tenant a handful.
  for (const { name } of index.model.daemonGroups) {
    if (tenantMaySelect(index, vhost, directory, name)) allowed.add(name);
  }
  return [...allowed].sort();
}
