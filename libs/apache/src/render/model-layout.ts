import type { DaemonGroup, Directory, ServerModel, VirtualHost } from '../model/server-model.js';
import { sortByKeyThenId } from './stable-order.js';

/**
 * The model in output order, sorted once: vhosts by ServerName, daemon groups by name and directories by path
 * (ties by id), each bucketed by vhost so writing a vhost never scans the whole server.
 */
export interface ModelLayout {
  virtualHosts: readonly VirtualHost[];
  /** Groups defined outside any <VirtualHost>. */
  globalGroups: readonly DaemonGroup[];
  groupsByVhost: ReadonlyMap<string, readonly DaemonGroup[]>;
  directories: readonly Directory[];
  directoriesByVhost: ReadonlyMap<string, readonly Directory[]>;
}

export function layoutModel(model: ServerModel): ModelLayout {
  const groups = groupBy(
    sortByKeyThenId(model.daemonGroups, (g) => g.name),
    (g) => g.virtualHostId,
  );
  const directories = sortByKeyThenId(model.directories, (d) => d.path);
  return {
    virtualHosts: sortByKeyThenId(model.virtualHosts, (v) => v.serverName),
    globalGroups: groups.get(null) ?? [],
    groupsByVhost: groups as Map<string, DaemonGroup[]>,
    directories,
    directoriesByVhost: groupBy(directories, (d) => d.virtualHostId),
  };
}

/** Keeps the (already sorted) order inside each bucket; one pass instead of a filter per vhost. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const bucket = out.get(k);
    if (bucket === undefined) out.set(k, [item]);
    else bucket.push(item);
  }
  return out;
}
