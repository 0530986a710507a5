import type { NextFunction, Request, Response } from 'express';
import type { MetricsRegistry } from './metrics-registry.js';

/**
 * Times every request. The route label is the matched pattern (/api/v1/servers/:serverId), never the
 * raw URL, so label cardinality stays bounded. Requests no controller matched are "unmatched" — Nest's
 * not-found handler is itself a wildcard route ("/api/v1*path"), and our own routes use no wildcards.
 */
export function httpMetricsMiddleware(metrics: MetricsRegistry) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const stop = metrics.httpRequestDuration.startTimer();
    res.on('finish', () => {
      const pattern: unknown = req.route?.path;
      const route =
        typeof pattern === 'string' && !pattern.includes('*') ? `${req.baseUrl}${pattern}` : 'unmatched';
      stop({ route, method: req.method, status: String(res.statusCode) });
    });
    next();
  };
}
