/** Every route declares exactly one of these; a route without one is refused (default deny). */
export type AuthPolicy = 'public' | 'authenticated' | 'admin';

export const AUTH_POLICY_KEY = 'hostplane:auth-policy';

/** The passport strategies that can authenticate a bearer credential, tried in order (API tokens say "hpt_"). */
export const BEARER_STRATEGIES = ['api-token', 'session-jwt'];

/** Name of the OpenAPI security scheme. */
export const BEARER_SECURITY_SCHEME = 'bearer';
