import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  NotFoundException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AppLogger } from '../../logging/create-logger.js';
import { redactUrl } from '../../logging/redact-url.js';
import { AppError } from '../../errors/app-error.js';
import { methodNotAllowed } from '../routing/method-not-allowed.js';
import { HttpProblem } from './http-problem.js';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem-details.js';
import { problemForAppError } from './problem-for-app-error.js';
import { problemForHttpException } from './problem-for-http-exception.js';

type LoggedRequest = Request & { log?: AppLogger; id?: unknown };

/**
 * The one place errors become responses: application/problem+json for everything. Unknown errors are
 * 500 with an errorId that is also in the log line, and never leak their message to the client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: AppLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<LoggedRequest>();
    const res = http.getResponse<Response>();
    const refusal = exception instanceof HttpProblem ? exception : unroutedMethod(exception, req);
    const problem = {
      ...(refusal?.problem ?? this.toProblem(exception, req)),
      instance: redactUrl(req.originalUrl),
    };
    if (typeof req.id === 'string') problem.requestId = req.id;
    if (res.headersSent) return;
    for (const [name, value] of Object.entries(refusal?.headers ?? {})) res.setHeader(name, value);
    if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, req: LoggedRequest): ProblemDetails {
    if (exception instanceof AppError) return problemForAppError(exception);
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return problemForHttpException(exception);
    }
    const errorId = randomUUID();
    (req.log ?? this.logger).error({ err: exception, errorId }, 'Unhandled error');
    return {
      type: 'about:blank',
      title: STATUS_CODES[500] ?? 'Internal Server Error',
      status: 500,
      detail: `An unexpected error occurred. Quote errorId ${errorId} when reporting it.`,
      errorId,
    };
  }
}

/** Nest's "no route" 404 (a NotFoundException, never an AppError) may really be a 405. */
function unroutedMethod(exception: unknown, req: Request): HttpProblem | undefined {
  return exception instanceof NotFoundException ? methodNotAllowed(req) : undefined;
}
