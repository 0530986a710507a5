import { STATUS_CODES } from 'node:http';
import type { HttpException } from '@nestjs/common';
import { problemType, type ProblemDetails } from './problem-details.js';

/** What body-parser and http-errors put on the errors Nest wraps (ExpressAdapter.mapException). */
interface ParserFailure {
  readonly type?: unknown;
  readonly limit?: unknown;
}

/**
 * HttpExceptions that are not ours: body-parser's failures (wrapped by Nest) get their own stable
 * problem types, so a client can tell a malformed body from a too large one without parsing `detail`.
 * Anything else keeps `about:blank` with the status's title (RFC 9457 §4.2), e.g. an unknown route.
 */
export function problemForHttpException(exception: HttpException): ProblemDetails {
  const status = exception.getStatus();
  const cause = exception.cause as ParserFailure | undefined;
  switch (cause?.type) {
    case 'entity.parse.failed':
      return {
        type: problemType('malformed-body'),
        title: 'The body is not well-formed JSON',
        status: 400,
        detail: 'The request body could not be parsed as JSON (an object or an array).',
      };
    case 'entity.too.large':
      return {
        type: problemType('body-too-large'),
        // The title the API has always sent for a 413.
        title: 'Payload Too Large',
        status: 413,
        detail: `The request body exceeds the limit of ${String(cause.limit)} bytes.`,
        ...(typeof cause.limit === 'number' ? { limit: cause.limit } : {}),
      };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return {
        type: problemType('unsupported-media-type'),
        title: 'Unsupported media type',
        status: 415,
        detail: messageOf(exception),
      };
    default:
      return {
        type: 'about:blank',
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: messageOf(exception),
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
