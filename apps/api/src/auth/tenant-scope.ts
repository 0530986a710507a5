import type { Principal } from './principal.js';

/**
 * Whose inventory a caller may read: a tenant id, or null for an admin's unscoped view. Taken from the
 * principal only, never from the request; repositories that read tenant data require it.
 */
export type TenantScope = string | null;

/** Matches no tenant id: a tenant principal without a tenant must see nothing, not everything. */
const NO_TENANT = '\u0000no-tenant';

export function tenantScopeOf(principal: Principal): TenantScope {
  if (principal.role === 'admin') return null;
  return principal.tenantId ?? NO_TENANT;
}
