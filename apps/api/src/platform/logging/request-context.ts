import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';

const requestIds = new AsyncLocalStorage<string>();

/**
 * The id of the request being served (the X-Request-Id it is answered with), wherever the code runs inside it: the
 * audit writer stamps it on every event, so the events one request wrote (a spec PUT writes one per changed object) can
 * be found together. Undefined outside a request (bootstrap at start-up).
 */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}

/**
 * Runs the rest of the request inside its id's context. Mounted after the body parsers: they read the socket in the
 * connection's async context, so a context entered before them would be lost by the time a route runs.
 */
export function requestContextMiddleware() {
  return (req: IncomingMessage & { id?: unknown }, _res: ServerResponse, next: () => void): void => {
    if (typeof req.id === 'string') requestIds.run(req.id, next);
    else next();
  };
}
