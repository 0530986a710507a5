import type { Request } from 'express';
import { HttpProblem } from '../problem/http-problem.js';
import { problemType } from '../problem/problem-details.js';
import { allowedMethods } from './allowed-methods.js';

/**
 * A request that found no handler: 405 with Allow when the path is a route served with other methods
 * (RFC 9110 §15.5.6), rather than a 404 that says the resource does not exist. Undefined: a real 404.
 */
export function methodNotAllowed(req: Request): HttpProblem | undefined {
  // Not req.path: Nest's not-found handler is mounted under the global prefix, which req.path lacks there.
  const path = req.originalUrl.split(/[?#]/)[0] ?? '/';
  const allowed = allowedMethods(req.app, path);
  if (allowed.length === 0 || allowed.includes(req.method)) return undefined;
  return new HttpProblem(
    {
      type: problemType('method-not-allowed'),
      title: 'Method not allowed',
      status: 405,
      detail: `${req.method} is not served here; allowed: ${allowed.join(', ')}.`,
    },
    { Allow: allowed.join(', ') },
  );
}
