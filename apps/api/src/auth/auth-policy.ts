/** Every route declares exactly one of these; a route without one is refused (default deny). */
export type AuthPolicy = 'public' | 'authenticated' | 'admin';

export const AUTH_POLICY_KEY = 'hostplane:auth-policy';

/**
 * The passport strategies that authenticate a bearer credential. The guard does not let passport try them
 * in turn: the token's prefix says which one it is ("hpt_" = API token), and that strategy verifies it.
 */
export const BEARER_STRATEGIES = ['api-token', 'session-jwt'] as const;

/** Name of the OpenAPI security scheme. */
export const BEARER_SECURITY_SCHEME = 'bearer';
