import type { NestExpressApplication } from '@nestjs/platform-express';
import { Reflector } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { json } from 'express';
import { IMPORT_BODY_LIMIT, IMPORT_ROUTE } from './server-spec/import-route.js';
import { YAML_MEDIA_TYPE } from './server-spec/spec-media.js';
import { ContentTypeInterceptor } from './platform/http/content-type/content-type.interceptor.js';
import { corsMiddleware } from './platform/http/cors/cors.middleware.js';
import { inputGuardMiddleware } from './platform/http/input/input-guard.middleware.js';
import { ProblemDetailsFilter } from './platform/http/problem/problem-details.filter.js';
import { createValidationPipe } from './platform/http/validation/create-validation-pipe.js';
import { AppConfig } from './platform/config/app-config.js';
import { API_PREFIX, UNPREFIXED_ROUTES } from './platform/http/api-prefix.js';
import type { AppLogger } from './platform/logging/create-logger.js';
import { LOGGER } from './platform/logging/logger.token.js';
import { PinoLoggerService } from './platform/logging/pino-logger.service.js';
import { requestContextMiddleware } from './platform/logging/request-context.js';
import { requestLoggingMiddleware } from './platform/logging/request-logging.middleware.js';
import { httpMetricsMiddleware } from './platform/metrics/http-metrics.middleware.js';
import { MetricsRegistry } from './platform/metrics/metrics-registry.js';
import { createOpenApiDocument, OPENAPI_JSON_PATH } from './platform/openapi/openapi-document.js';

/**
 * The single place the HTTP surface is shaped. main.ts, every e2e test and the OpenAPI script call it,
 * so what is tested is what runs. Create the app with `{ bodyParser: false, bufferLogs: true }`.
 */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  const logger = app.get<AppLogger>(LOGGER);
  const config = app.get(AppConfig);

  app.useLogger(app.get(PinoLoggerService));
  app.disable('x-powered-by');
  // req.ip (login throttling, logs) must be the client's, not the load balancer's: TRUST_PROXY.
  app.set('trust proxy', config.trustProxy);
  // Order matters: the request id and the timer must exist before a body parser can refuse the request.
  app.use(requestLoggingMiddleware(logger));
  app.use(httpMetricsMiddleware(app.get(MetricsRegistry)));
  // Before the parsers, so a refused body still carries CORS headers the browser needs to show the error.
  app.use(corsMiddleware(config.corsOrigins));
  // An import carries a whole server's files (config and .htaccess): its own, larger limit, parsed first.
  app.use(IMPORT_ROUTE, json({ limit: IMPORT_BODY_LIMIT, strict: true, type: ['application/json'] }));
  // Strict JSON: only objects and arrays at the top level. Over the limit, body-parser raises a 413,
  // which the filter below answers as a problem like every other error.
  app.useBodyParser('json', {
    limit: config.bodyLimit,
    strict: true,
    type: ['application/json', 'application/*+json'],
  });
  // text/plain carries whole .htaccess files (PUT /directories/{id}/htaccess).
  app.useBodyParser('text', { limit: config.bodyLimit, type: 'text/plain' });
  // application/yaml carries a ServerSpec (PUT /servers/{id}/spec); the route parses it.
  app.useBodyParser('text', { limit: config.bodyLimit, type: YAML_MEDIA_TYPE });
  // NUL and other control characters, `__proto__` keys: refused here, before anything reads them.
  app.use(inputGuardMiddleware());
  // The request id as context for the audit writer; after the parsers, which would lose it.
  app.use(requestContextMiddleware());

  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED_ROUTES });
  app.useGlobalFilters(new ProblemDetailsFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new ContentTypeInterceptor(app.get(Reflector)));

  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app), {
    useGlobalPrefix: false,
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    raw: ['json'],
    customSiteTitle: 'Hostplane API',
  });
  return app;
}
