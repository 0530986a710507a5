import type { ServerModel } from '../model/server-model.js';
import { PreparedModel } from './prepared-model.js';
import type { ResolveEnv, ResolveOutcome, ResolveRequest, Resolver } from './resolve-outcome.js';
import { resolveRequest } from './resolve-request.js';

/**
 * Indexes the model once (vhosts by name, directories by vhost sorted as Apache merges them, groups by
 * name, .htaccess files by path) and returns a function predicting Apache + mod_wsgi for one request.
 */
export function createResolver(model: ServerModel, env: ResolveEnv = {}): Resolver {
  const prepared = new PreparedModel(model);
  return (request) => resolveRequest(prepared, request, env);
}

/** One-shot form of createResolver; use createResolver when resolving many requests against one model. */
export function resolve(model: ServerModel, request: ResolveRequest, env: ResolveEnv = {}): ResolveOutcome {
  return createResolver(model, env)(request);
}
