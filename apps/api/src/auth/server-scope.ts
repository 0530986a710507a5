import { AppError } from '../platform/errors/app-error.js';
import type { Principal } from './principal.js';

/** Route metadata: the route serves agents, so server-scoped tokens may reach it. */
export const AGENT_ROUTE_KEY = 'hostplane:agent-route';

export interface AgentRouteSpec {
  /**
   * The route parameter holding the server id, checked by the guard. Absent when the server is only known
   * after a lookup (a publication id): the service must then call assertServerInScope itself.
   */
  readonly serverParam?: string;
}

/**
 * A scoped principal touching another server's data learns nothing: the same 404 as a missing object, so
 * a stolen agent token cannot even enumerate which servers exist.
 */
export function assertServerInScope(principal: Principal, serverId: string): void {
  if (principal.serverScope !== null && principal.serverScope !== serverId) throw outOfScope();
}

export function outOfScope(): AppError {
  return new AppError('NOT_FOUND', 'Not found.');
}
