import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../common/errors/app-error.js';
import { AUTH_POLICY_KEY, BEARER_STRATEGIES, type AuthPolicy } from './auth-policy.js';
import type { Principal } from './principal.js';
import { AGENT_ROUTE_KEY, assertServerInScope, outOfScope, type AgentRouteSpec } from './server-scope.js';

/**
 * Global, default-deny (style.md habit 4): a route must opt in with @Public(), @Authenticated() or
 * @AdminOnly(). A route with no declaration is a programming error: it answers 500 with an errorId
 * and the log names the handler, and the route-inventory spec fails before it ships.
 */
@Injectable()
export class AuthPolicyGuard extends AuthGuard(BEARER_STRATEGIES) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
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
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<{ user: Principal; params?: Record<string, string> }>();
    const principal = request.user;
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

  /** Passport's outcome: an error, no principal (missing/invalid credential), or the principal. */
  override handleRequest<TUser = Principal>(error: unknown, principal: TUser | false): TUser {
    if (error) throw error;
    if (!principal) throw new AppError('UNAUTHENTICATED', 'A valid bearer token is required.');
    return principal;
  }
}
