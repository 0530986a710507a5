import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { ifNoneMatchHolds, representationEtag } from './representation-etag.js';

/**
 * GET of one object: a strong ETag of its representation (instead of Express's weak hash of the bytes), and 304 when
 * If-None-Match names it. Set before the body is sent, so Express leaves the header alone.
 */
@Injectable()
export class RepresentationEtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const etag = representationEtag(body);
        res.setHeader('ETag', etag);
        if (!ifNoneMatchHolds(req.headers['if-none-match'], etag)) return body;
        res.status(304);
        return undefined;
      }),
    );
  }
}
