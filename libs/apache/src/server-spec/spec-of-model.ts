import {
  DEFAULT_PROCESS_GROUP_VARIABLE,
  type DaemonGroup,
  type Directory,
  type ServerModel,
  type VirtualHost,
} from '../model/server-model.js';
import type { DaemonGroupSpec, DirectorySpec, ServerSpec, VirtualHostSpec } from './server-spec.js';
import { SERVER_SPEC_API_VERSION } from './server-spec.js';
import { compare, virtualHostKeys } from './virtual-host-keys.js';

/**
 * Export: the server's model as a ServerSpec. Deterministic — lists sorted by natural key, object keys sorted — so the
 * same state always exports byte-identically (and an ETag of the JSON text is stable). Only tenants that own something
 * on this server are listed.
 */
export function specOfModel(model: ServerModel): ServerSpec {
  const keys = virtualHostKeys(model.virtualHosts);
  const tenantName = new Map(model.tenants.map((t) => [t.id, t.name]));
  const nameOf = (id: string | null) => (id === null ? null : (tenantName.get(id) ?? null));
  const used = new Set<string>([
    ...model.daemonGroups.flatMap((g) => (g.tenantId === null ? [] : [g.tenantId])),
    ...model.directories.map((d) => d.tenantId),
  ]);
  // Grouped once: filtering every directory per vhost would be quadratic at 10k vhosts.
  const directoriesOf = new Map<string, Directory[]>();
  for (const d of model.directories) {
    const list = directoriesOf.get(d.virtualHostId);
    if (list === undefined) directoriesOf.set(d.virtualHostId, [d]);
    else list.push(d);
  }
  return {
    apiVersion: SERVER_SPEC_API_VERSION,
    server: {
      modWsgiVersion: model.modWsgiVersion,
      restrictEmbedded: model.restrictEmbedded,
      socketPrefix: model.socketPrefix,
      apacheUser: model.apacheUser,
      apacheGroup: model.apacheGroup,
      configDir: model.configDir,
    },
    tenants: model.tenants
      .filter((t) => used.has(t.id))
      .map((t) => ({ name: t.name, unixUser: t.unixUser, unixGroup: t.unixGroup }))
      .sort((a, b) => compare(a.name, b.name)),
    daemonGroups: model.daemonGroups
      .map((g) =>
        groupSpec(
          g,
          g.virtualHostId === null ? null : (keys.get(g.virtualHostId) ?? null),
          nameOf(g.tenantId),
        ),
      )
      .sort((a, b) => compare(a.name.toLowerCase(), b.name.toLowerCase())),
    virtualHosts: model.virtualHosts
      .map((v) => vhostSpec(v, keys.get(v.id) ?? v.serverName, directoriesOf.get(v.id) ?? [], nameOf))
      .sort((a, b) => compare((a.key ?? a.serverName).toLowerCase(), (b.key ?? b.serverName).toLowerCase())),
  };
}

function groupSpec(group: DaemonGroup, virtualHost: string | null, tenant: string | null): DaemonGroupSpec {
  return {
    name: group.name,
    virtualHost,
    tenant,
    processes: group.processes,
    threads: group.threads,
    user: group.user,
    group: group.group,
    options: sortedRecord(group.options),
  };
}

function vhostSpec(
  vhost: VirtualHost,
  key: string,
  /** This vhost's directories. */
  directories: readonly Directory[],
  nameOf: (id: string | null) => string | null,
): VirtualHostSpec {
  return {
    ...(key === vhost.serverName ? {} : { key }),
    serverName: vhost.serverName,
    serverAliases: [...vhost.serverAliases],
    addresses: [...vhost.addresses],
    documentRoot: vhost.documentRoot,
    processGroup: vhost.processGroup,
    applicationGroup: vhost.applicationGroup,
    env: sortedRecord(vhost.env),
    processGroupMap:
      vhost.processGroupMap === null
        ? null
        : {
            variable: vhost.processGroupMap.variable,
            fallback: vhost.processGroupMap.fallback,
            entries: vhost.processGroupMap.entries.map((e) => ({ uri: e.uri, processGroup: e.processGroup })),
          },
    directories: directories
      .map((d) => directorySpec(d, nameOf(d.tenantId) ?? ''))
      .sort((a, b) => compare(a.path, b.path)),
  };
}

function directorySpec(directory: Directory, tenant: string): DirectorySpec {
  return {
    path: directory.path,
    tenant,
    urlPath: directory.urlPath,
    allowOverride: [...directory.allowOverride],
    options: [...directory.options],
    handlers: directory.handlers.map((h) => ({ handler: h.handler, extensions: [...h.extensions] })),
    restrictProcess: directory.restrictProcess === null ? null : [...directory.restrictProcess],
    processGroup: directory.processGroup,
    env: sortedRecord(directory.env),
    htaccess: directory.rules.map((r) => ({
      ...(r.files !== undefined ? { files: r.files } : {}),
      ...(r.filesMatch !== undefined ? { filesMatch: r.filesMatch } : {}),
      // The default selector variable is left out, so `SetEnv PROCESS_GROUP` read back from a file compares equal.
      ...(r.variable !== undefined && r.variable.toUpperCase() !== DEFAULT_PROCESS_GROUP_VARIABLE
        ? { variable: r.variable }
        : {}),
      processGroup: r.processGroup,
    })),
  };
}

function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  // defineProperty: a key named `__proto__` stays an own key instead of replacing the prototype.
  for (const key of Object.keys(record).sort(compare)) {
    Object.defineProperty(out, key, {
      value: record[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
