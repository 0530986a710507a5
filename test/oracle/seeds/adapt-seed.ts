import type { Directory, ServerModel } from '../engine.js';

export interface OracleSiteOf {
  root: string;
  port: number;
}

/**
 * Moves a seed model onto the oracle's private Apache without changing its meaning: filesystem paths go
 * below the temp root, every vhost listens on the oracle's port, the config directory is private, the
 * socket prefix is left to the harness, and directories without a URL get `Alias /<tenant>` so requests
 * can reach them (the seeds assume UserDir-style mapping that the private instance does not load).
 */
export function adaptSeed(seed: ServerModel, site: OracleSiteOf): ServerModel {
  const tenantName = (id: string) => seed.tenants.find((t) => t.id === id)?.name ?? id;
  return {
    ...seed,
    socketPrefix: null,
    configDir: `${site.root}/hostplane`,
    virtualHosts: seed.virtualHosts.map((v) => ({
      ...v,
      addresses: v.addresses.map(() => `*:${site.port}`),
      documentRoot: v.documentRoot === null ? null : `${site.root}${v.documentRoot}`,
    })),
    directories: seed.directories.map((d): Directory => ({
      ...d,
      path: `${site.root}${d.path}`,
      urlPath: d.urlPath ?? `/${tenantName(d.tenantId)}`,
    })),
  };
}
