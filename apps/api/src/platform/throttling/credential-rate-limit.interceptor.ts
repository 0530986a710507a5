import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { Observable } from 'rxjs';
import type { Principal } from '../../auth/principal.js';
import { AppConfig } from '../config/app-config.js';
import { HttpProblem } from '../http/problem/http-problem.js';
import { problemType } from '../http/problem/problem-details.js';
import { FixedWindowCounter } from './fixed-window-counter.js';
import { addRateLimitHeaders } from './rate-limit-headers.js';

/**
 * Requests per credential (a session or an API token; the client address for public routes) on every
 * route, 429 with Retry-After and RateLimit headers past RATE_LIMIT_PER_CREDENTIAL per
 * RATE_LIMIT_WINDOW_SECONDS. A generous abuse limit, not a quota: one runaway script cannot starve the
 * others. Runs after the auth guard (an interceptor), so it knows the credential; 0 turns it off.
 */
@Injectable()
export class CredentialRateLimitInterceptor implements NestInterceptor {
  private readonly counter: FixedWindowCounter | undefined;
  private readonly policy: { name: string; quota: number; windowSeconds: number };

  constructor(config: AppConfig) {
    const { perCredential, windowSeconds } = config.rateLimit;
    this.counter = perCredential > 0 ? new FixedWindowCounter(perCredential, windowSeconds) : undefined;
    this.policy = { name: 'credential', quota: perCredential, windowSeconds };
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.counter || context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<Request & { user?: Principal }>();
    const res = http.getResponse<Response>();
    const key = req.user ? req.user.credentialId : `address:${ipKeyGenerator(req.ip ?? 'unknown', 56)}`;
    const hit = this.counter.hit(key, Date.now());
    addRateLimitHeaders(res, this.policy, hit.remaining, hit.resetSeconds);
    if (!hit.allowed) {
      const retryAfter = hit.resetSeconds;
      throw new HttpProblem(
        {
          type: problemType('too-many-requests'),
          title: 'Too many requests',
          status: 429,
          detail: `Too many requests with this credential. Retry after ${retryAfter} seconds.`,
          retryAfter,
        },
        { 'Retry-After': String(retryAfter) },
      );
    }
    return next.handle();
  }
}
