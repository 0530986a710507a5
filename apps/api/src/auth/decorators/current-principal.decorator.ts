import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '../principal.js';

/** The authenticated caller; only meaningful on routes declared @Authenticated() or @AdminOnly(). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<{ user?: Principal }>().user;
  if (!principal) throw new Error('CurrentPrincipal used on a route that did not authenticate the caller');
  return principal;
});
