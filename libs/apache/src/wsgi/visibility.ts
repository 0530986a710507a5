import type { DaemonGroup, ServerModel, VirtualHost } from '../model/server-model.js';
import { serverNameHost } from '../syntax/name-patterns.js';

/** Where to find the vhost that defines a group: the whole model, or a prebuilt id → vhost map. */
export type VirtualHostLookup = Pick<ServerModel, 'virtualHosts'> | ReadonlyMap<string, VirtualHost>;

function findVirtualHost(lookup: VirtualHostLookup, id: string): VirtualHost | undefined {
  if (lookup instanceof Map) return lookup.get(id);
  return (lookup as Pick<ServerModel, 'virtualHosts'>).virtualHosts.find((v) => v.id === id);
}

/**
 * mod_wsgi's visibility check (spec §2.5, wsgi_execute_remote): a group can be used from `vhost` if it is
 * global, defined in that vhost, or defined in a vhost whose ServerName host part is byte-equal
 * (scheme and port stripped, case-sensitive). ServerAlias plays no part.
 */
export function isGroupVisibleFrom(
  group: Pick<DaemonGroup, 'virtualHostId'>,
  vhost: Pick<VirtualHost, 'id' | 'serverName'>,
  lookup: VirtualHostLookup,
): boolean {
  if (group.virtualHostId === null || group.virtualHostId === vhost.id) return true;
  const owner = findVirtualHost(lookup, group.virtualHostId);
  if (owner === undefined) return false;
  return sameServerHostname(owner.serverName, vhost.serverName);
}

/**
 * Apache's server_hostname comparison. An empty ServerName is treated as never matching: Apache would
 * inherit a name that Hostplane cannot predict, and the validator requires an explicit one anyway.
 */
export function sameServerHostname(a: string, b: string): boolean {
  const hostA = serverNameHost(a);
  return hostA !== '' && hostA === serverNameHost(b);
}
