import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { HttpProblem } from '../problem/http-problem.js';
import { problemType } from '../problem/problem-details.js';

const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * 415 for a body in a media type the route does not take. The media types are the route's
 * `@ApiConsumes` (JSON when it says nothing), so the OpenAPI document and the server cannot disagree.
 * Without this a text or form body reached the schema as a string or nothing: 400 "expected object".
 */
@Injectable()
export class ContentTypeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    if (!hasBody(req)) return next.handle();
    const declared = this.reflector.getAllAndOverride<string[] | undefined>(DECORATORS.API_CONSUMES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const accepted = declared ?? ['application/json'];
    const matchable = accepted.flatMap((type) => (type === 'application/json' ? JSON_TYPES : [type]));
    if (req.headers['content-type'] === undefined || req.is(matchable) === false) {
      throw unsupported(req.method, req.headers['content-type'], accepted);
    }
    return next.handle();
  }
}

/** RFC 9110: a body is there when it is announced by Content-Length (not 0) or Transfer-Encoding. */
function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && Number(length) > 0);
}

/** Where RFC 9110 names a header for the accepted media types (Accept-Post, RFC 5789's Accept-Patch). */
const ACCEPT_HEADER: Readonly<Record<string, string>> = { POST: 'Accept-Post', PATCH: 'Accept-Patch' };

function unsupported(
  method: string,
  contentType: string | undefined,
  accepted: readonly string[],
): HttpProblem {
  const header = ACCEPT_HEADER[method];
  return new HttpProblem(
    {
      type: problemType('unsupported-media-type'),
      title: 'Unsupported media type',
      status: 415,
      detail: `A body of type ${contentType ?? '(none)'} is not accepted here; send ${accepted.join(' or ')}.`,
    },
    header === undefined ? {} : { [header]: accepted.join(', ') },
  );
}
