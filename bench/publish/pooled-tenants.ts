import type { ServerModel } from '../../libs/apache/src/model/server-model.js';

/**
 * The synthetic server with its per-vhost tenants folded into one tenant per unix user of `users`
 * (vhost i → users[i mod n]). apache2 -t resolves every user=/group= (AH00543 on unknown names) and the
 * database keeps tenants' unix users unique, so a configtest of 10,000 vhosts needs few tenants whose
 * users exist on this machine. Vhosts, groups, directories and rules are unchanged.
 */
export function withPooledTenants(model: ServerModel, users: readonly string[]): ServerModel {
  const tenantOf = (tenantId: string) => {
    const i = Number(tenantId.slice('tn-'.length));
    return { id: `tn-pool-${i % users.length}`, user: users[i % users.length] as string };
  };
  return {
    ...model,
    tenants: users.map((user, i) => ({
      id: `tn-pool-${i}`,
      name: `pool${i}`,
      unixUser: user,
      unixGroup: user,
    })),
    daemonGroups: model.daemonGroups.map((g) => {
      if (g.tenantId === null) return g;
      const t = tenantOf(g.tenantId);
      return { ...g, tenantId: t.id, user: t.user, group: t.user };
    }),
    directories: model.directories.map((d) => ({ ...d, tenantId: tenantOf(d.tenantId).id })),
  };
}
