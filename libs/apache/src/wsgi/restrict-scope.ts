import type { ServerModel, VirtualHost } from '../model/server-model.js';

/** Where the WSGIRestrictProcess list (or WSGIProcessGroup) in force was written. */
export type ConfigScope = 'directory' | 'virtual-host' | 'server';

export interface ListInForce {
  /** null = no WSGIRestrictProcess applies (unrestricted); [] = an empty list, which denies everything. */
  list: readonly string[] | null;
  /** null when no list applies. */
  scope: ConfigScope | null;
}

/**
 * The WSGIRestrictProcess list mod_wsgi checks at a location (spec §3, W4 wsgi_create_req_config and the two
 * merge functions): the nearest list of directory → vhost → server. A nearer list REPLACES the outer ones, it
 * never adds to them; an empty list is a list (it denies everything), only "no directive" falls through.
 */
export function restrictListInForce(
  model: Pick<ServerModel, 'restrictProcess'>,
  vhost: Pick<VirtualHost, 'restrictProcess'> | null | undefined,
  directoryList: readonly string[] | null | undefined,
): ListInForce {
  if (directoryList !== null && directoryList !== undefined)
    return { list: directoryList, scope: 'directory' };
  const vhostList = vhost?.restrictProcess;
  if (vhostList !== null && vhostList !== undefined) return { list: vhostList, scope: 'virtual-host' };
  const serverList = model.restrictProcess;
  if (serverList !== null && serverList !== undefined) return { list: serverList, scope: 'server' };
  return { list: null, scope: null };
}

/** Just the list of restrictListInForce. */
export function restrictListAt(
  model: Pick<ServerModel, 'restrictProcess'>,
  vhost: Pick<VirtualHost, 'restrictProcess'> | null | undefined,
  directoryList: readonly string[] | null | undefined,
): readonly string[] | null {
  return restrictListInForce(model, vhost, directoryList).list;
}

/**
 * The WSGIProcessGroup value in force outside any directory that sets one: the vhost's, else the main
 * server's (W4 wsgi_merge_server_config). null = none, i.e. mod_wsgi's default %{GLOBAL}.
 */
export function serverScopeProcessGroup(
  model: Pick<ServerModel, 'processGroup'>,
  vhost: Pick<VirtualHost, 'processGroup'> | null | undefined,
): { value: string | null; scope: Exclude<ConfigScope, 'directory'> | null } {
  const own = vhost?.processGroup ?? null;
  if (own !== null) return { value: own, scope: 'virtual-host' };
  const server = model.processGroup ?? null;
  return server !== null ? { value: server, scope: 'server' } : { value: null, scope: null };
}

/** "the virtual host's list", for messages. */
export function scopeWords(scope: ConfigScope): string {
  return scope === 'directory'
    ? "the directory's"
    : scope === 'virtual-host'
      ? "the virtual host's"
      : "the server's";
}
