/**
 * Every route declares exactly one of these; a route without one is refused (default deny).
 * - `admin-after-lookup`: an admin-only route on an object a tenant may be able to see (a directory, a
 *   daemon group, a tenant, a virtual host). Any principal passes the guard; the service looks the object up
 *   in the caller's TenantScope first (404 when it cannot see it, exactly like a missing one) and only then
 *   requires the admin role (403, requireAdminScope). So another tenant's object is 404 on every route.
 */
export type AuthPolicy = 'public' | 'authenticated' | 'admin' | 'admin-after-lookup';

export const AUTH_POLICY_KEY = 'hostplane:auth-policy';

/**
 * The passport strategies that authenticate a bearer credential. The guard does not let passport try them
 * in turn: the token's prefix says which one it is ("hpt_" = API token), and that strategy verifies it.
 */
export const BEARER_STRATEGIES = ['api-token', 'session-jwt'] as const;

/** Name of the OpenAPI security scheme. */
export const BEARER_SECURITY_SCHEME = 'bearer';
