import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import { accessLogLevel } from './access-log-level.js';
import type { AppLogger } from './create-logger.js';
import { redactUrl } from './redact-url.js';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.js';

/**
 * One access-log line per request (at the level accessLogLevel picks), with the request id that is echoed
 * back in X-Request-Id.
 */
export function requestLoggingMiddleware(logger: AppLogger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestIdFor(req);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customLogLevel: (_req, res, error) => accessLogLevel(res.statusCode, error),
    // The access line already says everything; the req/res dumps would repeat it on every line.
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        // Never a query's secrets (see redact-url.ts).
        url: redactUrl(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
