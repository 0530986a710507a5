import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AUTH_POLICY_KEY, BEARER_SECURITY_SCHEME, type AuthPolicy } from '../auth-policy.js';
import { AGENT_ROUTE_KEY, type AgentRouteSpec } from '../server-scope.js';

const policy = (value: AuthPolicy) => SetMetadata(AUTH_POLICY_KEY, value);
const unauthenticated = { description: 'Missing, invalid or expired bearer credential' };
const forbidden = { description: 'The caller lacks the admin role' };

/** Anyone, no credential. The only way to open a route (the guard denies by default). */
export const Public = () => applyDecorators(policy('public'));

/** Any principal: a logged-in user or an API token. Also declares the OpenAPI security. */
export const Authenticated = () =>
  applyDecorators(
    policy('authenticated'),
    ApiBearerAuth(BEARER_SECURITY_SCHEME),
    ApiUnauthorizedResponse(unauthenticated),
  );

/**
 * Also reachable by an agent's server-scoped API token (for its own server only; every route without this
 * answers such a token 404). Combine with the route's policy, e.g. @AdminOnly() @AgentRoute('serverId').
 */
export const AgentRoute = (serverParam?: string) =>
  SetMetadata(AGENT_ROUTE_KEY, (serverParam === undefined ? {} : { serverParam }) satisfies AgentRouteSpec);

/**
 * Admins only, for a route addressing an object by id that a tenant may see: the service looks the object
 * up in the caller's scope first (404 when the caller cannot see it, as for a missing one), then requires
 * the admin role (403 for a tenant's own object; requireAdminScope). Also declares the OpenAPI security.
 */
export const AdminOnlyAfterLookup = () =>
  applyDecorators(
    policy('admin-after-lookup'),
    ApiBearerAuth(BEARER_SECURITY_SCHEME),
    ApiUnauthorizedResponse(unauthenticated),
    ApiForbiddenResponse({ description: 'The caller can see the object but lacks the admin role' }),
  );

/** Admins only; tenants get 403. Also declares the OpenAPI security. */
export const AdminOnly = () =>
  applyDecorators(
    policy('admin'),
    ApiBearerAuth(BEARER_SECURITY_SCHEME),
    ApiUnauthorizedResponse(unauthenticated),
    ApiForbiddenResponse(forbidden),
  );
