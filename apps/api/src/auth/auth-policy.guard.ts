import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../platform/errors/app-error.js';
import { API_TOKEN_PREFIX } from './tokens/api-token-format.js';
import { ApiTokenStrategy } from './tokens/api-token.strategy.js';
import { AUTH_POLICY_KEY, type AuthPolicy } from './auth-policy.js';
import { bearerToken, type BearerSource } from './bearer-token.js';
import type { Principal } from './principal.js';
import { AGENT_ROUTE_KEY, assertServerInScope, outOfScope, type AgentRouteSpec } from './server-scope.js';
import { SessionJwtStrategy } from './session-jwt.strategy.js';

type AuthenticatedRequest = BearerSource & { user?: Principal; params?: Record<string, string> };

/**
 * Global, default-deny (style.md habit 4): a route must opt in with @Public(), @Authenticated(),
 * @AdminOnly() or @AdminOnlyAfterLookup() (authenticated here; its service checks the role once it found the
 * object in the caller's scope). A route with no declaration is a programming error: it answers 500 with an
 * errorId and the log names the handler, and the route-inventory spec fails before it ships.
 */
@Injectable()
export class AuthPolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiTokens: ApiTokenStrategy,
    private readonly sessions: SessionJwtStrategy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AuthPolicy | undefined>(AUTH_POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy === undefined) {
      throw new Error(
        `Route ${context.getClass().name}.${context.getHandler().name} declares no auth policy ` +
          '(@Public, @Authenticated or @AdminOnly); refusing it.',
      );
    }
    if (policy === 'public') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    request.user = principal;
    if (principal.serverScope !== null) this.checkServerScope(context, principal, request.params ?? {});
    if (policy === 'admin' && principal.role !== 'admin') {
      throw new AppError('FORBIDDEN', 'This operation requires the admin role.');
    }
    return true;
  }

  /** A server-scoped (agent) token reaches agent routes of its own server only; anything else is 404. */
  private checkServerScope(
    context: ExecutionContext,
    principal: Principal,
    params: Record<string, string>,
  ): void {
    const route = this.reflector.getAllAndOverride<AgentRouteSpec | undefined>(AGENT_ROUTE_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (route === undefined) throw outOfScope();
    if (route.serverParam !== undefined) assertServerInScope(principal, params[route.serverParam] ?? '');
  }

  /**
   * The two passport strategies' verifiers, called directly: the "hpt_" prefix tells an API token from a
   * session JWT (neither verifier accepts the other's tokens), so passport's try-one-then-the-other costs
   * a failed attempt and its machinery on every request for nothing. Missing or invalid → 401.
   */
  private async authenticate(request: AuthenticatedRequest): Promise<Principal> {
    const token = bearerToken(request);
    const principal =
      token === null
        ? null
        : token.startsWith(API_TOKEN_PREFIX)
          ? await this.apiTokens.validate(token)
          : await this.sessions.validate(token);
    if (!principal) throw new AppError('UNAUTHENTICATED', 'A valid bearer token is required.');
    return principal;
  }
}
