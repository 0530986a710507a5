import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { AppLogger } from '../../logging/create-logger.js';
import { AppError } from '../../errors/app-error.js';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem-details.js';
import { problemForAppError } from './problem-for-app-error.js';

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
    const problem = { ...this.toProblem(exception, req), instance: req.originalUrl };
    if (typeof req.id === 'string') problem.requestId = req.id;
    if (res.headersSent) return;
    if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, req: LoggedRequest): ProblemDetails {
    if (exception instanceof AppError) return problemForAppError(exception);
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      return {
        type: 'about:blank',
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: messageOf(exception),
      };
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

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}
