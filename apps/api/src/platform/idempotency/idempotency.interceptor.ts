import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, type Observable, of } from 'rxjs';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../errors/app-error.js';
import { PENDING_STATUS } from './idempotency-record.js';
import { IdempotencyRepository } from './idempotency.repository.js';
import { requestHash } from './request-hash.js';
import { ResponseSeal, type SealedBody } from './response-seal.js';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Longer than any request may run; after this a reservation is deemed abandoned by a crashed process. */
const PENDING_TIMEOUT_MS = 10 * 60 * 1000;
/** Visible ASCII, as in the IETF Idempotency-Key draft's examples (UUIDs, random strings). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Every POST honours Idempotency-Key (api-v1.md). Runs after the guard, so keys are scoped to the
 * authenticated user: two users' keys never collide and nobody can replay someone else's response.
 * Public POSTs (login) are left alone: there is no principal to scope by, and a replay would hand out
 * a stored session token. Only successful responses are stored; a failed request releases its key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly records: IdempotencyRepository,
    private readonly seal: ResponseSeal,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { user?: Principal }>();
    // Every GET, PUT, PATCH and DELETE passes here: leave before anything else is read.
    if (req.method !== 'POST') return next.handle();
    const key = req.headers[IDEMPOTENCY_KEY_HEADER];
    if (typeof key !== 'string' || !req.user) return next.handle();
    if (!KEY_PATTERN.test(key)) {
      throw new AppError('REQUEST_INVALID', 'Idempotency-Key must be 1-255 visible ASCII characters.');
    }
    const res = http.getResponse<Response>();
    const hash = requestHash(req.method, req.originalUrl, req.body);
    const now = Date.now();
    // Keys are scoped to the user AND the credential's reach: a replay must never hand a server-scoped agent
    // token (or a user whose role/tenant changed) a response its own request could not have produced.
    const { userId, role, tenantId, serverScope } = req.user;
    const principal = `${userId}:${role}:${tenantId ?? '-'}:${serverScope ?? '*'}`;
    const reservation = this.records.reserveOrFind(principal, this.seal.keyDigest(principal, key), hash, {
      completedBefore: new Date(now - DAY_MS),
      pendingBefore: new Date(now - PENDING_TIMEOUT_MS),
    });
    return from(reservation).pipe(
      mergeMap((outcome) => {
        if (outcome.reserved)
          return this.runAndStore(outcome.id, res, next, (body) => this.seal.seal(principal, key, body));
        const { record } = outcome;
        if (record !== null && record.requestHash !== hash) {
          throw new AppError(
            'IDEMPOTENCY_KEY_REUSED',
            'This Idempotency-Key was already used with a different request; use a new key.',
          );
        }
        if (record === null || record.status === PENDING_STATUS) {
          res.setHeader('Retry-After', '1');
          throw new AppError('IDEMPOTENCY_KEY_IN_USE', 'The first request with this key is still running.');
        }
        res.setHeader(REPLAYED_HEADER, 'true');
        pinStatus(res, record.status);
        return of(this.seal.open(principal, key, record.responseBody as SealedBody) ?? undefined);
      }),
    );
  }

  private runAndStore(
    id: string,
    res: Response,
    next: CallHandler,
    seal: (body: unknown) => SealedBody,
  ): Observable<unknown> {
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        await this.records.complete(id, res.statusCode, seal(body));
        return body;
      }),
      catchError(async (error: unknown) => {
        await this.records.release(id);
        throw error;
      }),
    );
  }
}

/**
 * Nest re-applies the route's declared status when it sends an interceptor's result; a replay must
 * answer the stored status instead, so later status changes are ignored for this one response.
 */
function pinStatus(res: Response, status: number): void {
  res.status(status);
  res.status = () => res;
}
