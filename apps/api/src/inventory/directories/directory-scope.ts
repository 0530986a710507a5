import type { Principal } from '../../auth/principal.js';

/**
 * Whose directories a caller may read: a tenant id, or null for an admin's unscoped view. Always taken from
 * the principal, never from the request.
 */
export type DirectoryScope = string | null;

export function directoryScopeOf(principal: Principal): DirectoryScope {
  if (principal.role === 'admin') return null;
  // A tenant principal without a tenant must see nothing, not everything.
  return principal.tenantId ?? '\u0000no-tenant';
}
