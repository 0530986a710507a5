import {
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import type { Response } from 'express';
import { type Observable, tap } from 'rxjs';
import { API_PREFIX } from '../api-prefix.js';

/** Whether an answer is a creation (a publish that stored nothing is not). */
type CreatedWhen = (body: Record<string, unknown>) => boolean;

/**
 * `Location: /api/v1/<collection>/<id>` on a 201 (RFC 9110 §15.3.2), from the created object's `id`.
 * Route-scoped: the handler's status is only applied after the interceptors, so the route says it creates.
 */
class CreatedLocationInterceptor implements NestInterceptor {
  constructor(
    private readonly collection: string,
    private readonly createdWhen: CreatedWhen,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      tap((body: unknown) => {
        if (body === null || typeof body !== 'object') return;
        const created = body as Record<string, unknown>;
        if (typeof created.id !== 'string' || !this.createdWhen(created)) return;
        res.setHeader('Location', `/${API_PREFIX}/${this.collection}/${encodeURIComponent(created.id)}`);
      }),
    );
  }
}

/** On a route answering 201 with the created object: `@CreatedLocation('virtual-hosts')`. */
export const CreatedLocation = (collection: string, createdWhen: CreatedWhen = () => true) =>
  UseInterceptors(new CreatedLocationInterceptor(collection, createdWhen));
