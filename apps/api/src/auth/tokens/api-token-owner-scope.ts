import type { Principal } from '../principal.js';

/**
 * Whose API tokens a caller may list and revoke: an admin, everyone's; anyone else, only the tokens they
 * created themselves (tokens belong to a user, not to a tenant). Taken from the principal only.
 */
export type ApiTokenOwnerScope =
  { readonly kind: 'everyone' } | { readonly kind: 'user'; readonly userId: string };

export function apiTokenOwnerScopeOf(principal: Principal): ApiTokenOwnerScope {
  return principal.role === 'admin' ? { kind: 'everyone' } : { kind: 'user', userId: principal.userId };
}
