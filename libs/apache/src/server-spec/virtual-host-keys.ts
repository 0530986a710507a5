import type { VirtualHost } from '../model/server-model.js';

/**
 * The natural key of each vhost: its ServerName, or `ServerName@addresses` when several share the ServerName (the same
 * site on :80 and :443), with `#n` added only if even that repeats. Keys are compared case-insensitively, like Apache
 * compares host names.
 */
export function virtualHostKeys(virtualHosts: readonly VirtualHost[]): Map<string, string> {
  const names = virtualHosts.map((vhost) => vhost.serverName.toLowerCase());
  const byName = new Map<string, number>();
  names.forEach((name) => byName.set(name, (byName.get(name) ?? 0) + 1));
  if (byName.size === names.length && !names.some((name) => name.includes('\u0000')))
    return keysOfDistinctNames(virtualHosts, names);
  const keys = new Map<string, string>();
  const used = new Set<string>();
  // Ordered by content, not by id: the same document must give the same keys on any server. The name and addresses
  // decide almost always; the whole content (a JSON text) is built only for the vhosts they leave tied.
  const content = new Map<VirtualHost, string>();
  const contentOf = (vhost: VirtualHost): string => {
    let text = content.get(vhost);
    if (text === undefined) content.set(vhost, (text = contentOrder(vhost)));
    return text;
  };
  const ordered = virtualHosts
    .map((vhost) => ({ vhost, order: `${vhost.serverName.toLowerCase()}\u0000${vhost.addresses.join(',')}` }))
    .sort((a, b) => compare(a.order, b.order) || compare(contentOf(a.vhost), contentOf(b.vhost)));
  for (const { vhost } of ordered) {
    const shared = (byName.get(vhost.serverName.toLowerCase()) ?? 0) > 1;
    let key = shared ? `${vhost.serverName}@${vhost.addresses.join(',')}` : vhost.serverName;
    for (let n = 2; used.has(key.toLowerCase()); n++)
      key = `${vhost.serverName}@${vhost.addresses.join(',')}#${n}`;
    used.add(key.toLowerCase());
    keys.set(vhost.id, key);
  }
  return keys;
}

/**
 * virtualHostKeys when no two vhosts share a ServerName (a shared host's usual case): each key is the ServerName, and
 * the order is the lower-cased names' own, without the order texts (name, NUL, addresses) built to sort by: with the
 * names distinct and free of NUL, those texts order as the names do and never tie.
 */
function keysOfDistinctNames(
  virtualHosts: readonly VirtualHost[],
  names: readonly string[],
): Map<string, string> {
  const order = names.map((_name, i) => i);
  order.sort((a, b) => compare(names[a]!, names[b]!));
  const keys = new Map<string, string>();
  order.forEach((i) => keys.set(virtualHosts[i]!.id, virtualHosts[i]!.serverName));
  return keys;
}

function contentOrder(vhost: VirtualHost): string {
  const { id: _id, ...content } = vhost;
  return JSON.stringify(content);
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
