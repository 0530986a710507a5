import { AppError } from '../platform/errors/app-error.js';
import type { Principal } from './principal.js';

/**
 * Whose data a caller may read and address, always taken from the principal, never from the request:
 * - `admin`: everything;
 * - `tenant`: what belongs to (or serves) that one tenant;
 * - `none`: nothing at all (a tenant principal that belongs to no tenant, see tenantScopeOf).
 * Repository methods that read tenant data require one of these in their type, and fold it into their query
 * with an exhaustive switch, so no query can forget the scope or read "no tenant" as "every tenant".
 */
export type TenantScope = AdminScope | OneTenantScope | NoTenantScope;

export interface AdminScope {
  readonly kind: 'admin';
}

export interface OneTenantScope {
  readonly kind: 'tenant';
  readonly tenantId: string;
}

export interface NoTenantScope {
  readonly kind: 'none';
}

/** The unscoped view, for admin-only code paths that look an object up before writing it. */
export const ADMIN_SCOPE: AdminScope = Object.freeze({ kind: 'admin' });

const NO_TENANT_SCOPE: NoTenantScope = Object.freeze({ kind: 'none' });

/**
 * THE one place a principal becomes a scope. An admin sees everything; a tenant user sees its tenant.
 *
 * A tenant user without a tenant (the database forbids it, so only a bug or a hand-edited row makes one)
 * gets the `none` scope, which matches nothing: every read of tenant data answers 404 or an empty page and
 * every write 404, exactly as for objects that do not exist. Never 403 (that would tell it what exists) and
 * never the admin view.
 */
export function tenantScopeOf(principal: Principal): TenantScope {
  if (principal.role === 'admin') return ADMIN_SCOPE;
  if (principal.tenantId === null) return NO_TENANT_SCOPE;
  return { kind: 'tenant', tenantId: principal.tenantId };
}

/**
 * Whether an object owned by `ownerTenantId` (null: owned by no tenant) is in the scope: the in-memory twin
 * of the repositories' query filters, for objects already loaded (e.g. from the model cache).
 */
export function scopeIncludes(scope: TenantScope, ownerTenantId: string | null): boolean {
  switch (scope.kind) {
    case 'admin':
      return true;
    case 'tenant':
      return ownerTenantId === scope.tenantId;
    case 'none':
      return false;
  }
}

/**
 * For routes declared @AdminOnlyAfterLookup: once the object was found in the caller's scope (404 when it
 * was not, exactly like a missing one), only an admin may go on. A tenant seeing its own object gets 403.
 */
export function requireAdminScope(scope: TenantScope): asserts scope is AdminScope {
  if (scope.kind !== 'admin') throw new AppError('FORBIDDEN', 'This operation requires the admin role.');
}
