import type { Directory, ResolveOutcome, ServerModel } from '#apache';

/**
 * May a tenant see this prediction? Only when the request lands in a file that every <Directory> block of
 * its vhost containing it belongs to that tenant (Apache merges all of them, and the trace names each).
 * A request mapped nowhere, into the document root, or through any other tenant's directory is refused,
 * and the caller answers exactly as for a server that does not exist: the trace would otherwise reveal
 * paths, groups and rules of someone else.
 */
export function outcomeIsTenants(model: ServerModel, outcome: ResolveOutcome, tenantId: string): boolean {
  if (outcome.file === null || outcome.virtualHostId === null) return false;
  const enclosing = model.directories.filter(
    (d) => d.virtualHostId === outcome.virtualHostId && contains(d, outcome.file ?? ''),
  );
  return enclosing.length > 0 && enclosing.every((d) => d.tenantId === tenantId);
}

function contains(directory: Directory, file: string): boolean {
  const root = directory.path.replace(/\/+$/, '');
  return file === root || file.startsWith(`${root}/`);
}

/** Does the tenant own any directory on this server at all? (Cheap pre-check before resolving.) */
export function tenantHasDirectory(model: ServerModel, tenantId: string): boolean {
  return model.directories.some((d) => d.tenantId === tenantId);
}
