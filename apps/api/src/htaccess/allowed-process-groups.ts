import { GLOBAL_TOKEN, isGroupVisibleFrom, type Directory, type ModelIndex } from '#apache';

/**
 * The groups a directory's owner may choose in its .htaccess (the GET lists them for the tenant's UI):
 * - with a WSGIRestrictProcess list: its entries that exist under exactly that name and are visible from
 *   the directory's vhost, in list order, plus "%{GLOBAL}" only when the list names it (and embedded mode is not disabled);
 * - without a list: mod_wsgi itself would accept any visible group, but Hostplane offers only the visible
 *   groups that belong to the directory's tenant (sorted) — never another tenant's or the admin's groups.
 * Anything else would be refused by the validator anyway; this list only saves the tenant a 422.
 */
export function allowedProcessGroups(index: ModelIndex, directory: Directory): string[] {
  const vhost = index.vhostsById.get(directory.virtualHostId);
  if (vhost === undefined) return [];
  const visible = (name: string): boolean => {
    const group = index.groupsByName.get(name);
    return group !== undefined && isGroupVisibleFrom(group, vhost, index.vhostsById);
  };
  const list = directory.restrictProcess;
  if (list !== null) {
    // %{GLOBAL} = embedded mode, which WSGIRestrictEmbedded On would refuse even when listed.
    const embedded = !index.model.restrictEmbedded;
    const allowed = list.filter((token) => (token === GLOBAL_TOKEN ? embedded : visible(token)));
    return [...new Set(allowed)];
  }
  return index.model.daemonGroups
    .filter(
      (g) => g.tenantId === directory.tenantId && index.groupsByName.get(g.name) === g && visible(g.name),
    )
    .map((g) => g.name)
    .sort();
}
