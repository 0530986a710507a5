import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import { AppError } from '../errors/app-error.js';
import { AppConfig } from '../config/app-config.js';

/**
 * Failed logins are limited per username (guessing one account's password from many addresses) and
 * per client address (one address spraying many usernames). Only failures count: a response below 400
 * is taken back off both counters, so a user who logs in successfully is never locked out by it.
 *
 * The counters live in this process's memory (express-rate-limit's MemoryStore, one per limiter and app). With several replicas behind a load balancer each one
 * counts separately (the effective limit multiplies by the replica count); a multi-replica deployment
 * needs a shared store (e.g. rate-limit-redis or a PostgreSQL-backed store) passed as `store`, and
 * `trust proxy` set so `req.ip` is the client rather than the balancer.
 */
@Injectable()
export class LoginThrottleMiddleware implements NestMiddleware {
  private readonly byUsername: RateLimitRequestHandler;
  private readonly byAddress: RateLimitRequestHandler;

  constructor(config: AppConfig) {
    const { perUsername, perAddress, windowSeconds } = config.loginThrottle;
    const common = {
      windowMs: windowSeconds * 1000,
      skipSuccessfulRequests: true,
      // RateLimit/RateLimit-Policy headers, and with them Retry-After on a 429.
      standardHeaders: 'draft-8',
      legacyHeaders: false,
    } as const;
    this.byUsername = rateLimit({
      ...common,
      identifier: 'login-username',
      limit: perUsername,
      skip: (req) => usernameOf(req) === undefined,
      // Case-folded so "Alice" and "alice" share one budget.
      keyGenerator: (req) => (usernameOf(req) ?? '').toLowerCase(),
      handler: refuse('Too many failed logins for this username.'),
    });
    this.byAddress = rateLimit({
      ...common,
      identifier: 'login-address',
      limit: perAddress,
      // IPv6 clients own whole /56 prefixes; counting per address would let them rotate freely.
      keyGenerator: (req) => ipKeyGenerator(req.ip ?? 'unknown', 56),
      handler: refuse('Too many failed logins from this address.'),
    });
  }

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    // Thrown rather than passed to next(err), so Nest's exception filter answers with a problem.
    await run(this.byUsername, req, res);
    await run(this.byAddress, req, res);
    next();
  }
}

function usernameOf(req: Request): string | undefined {
  const username: unknown = (req.body as { username?: unknown } | undefined)?.username;
  return typeof username === 'string' && username.length > 0 ? username : undefined;
}

function refuse(reason: string) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const retryAfter = Number(res.getHeader('Retry-After'));
    next(
      new AppError('TOO_MANY_REQUESTS', `${reason} Retry after ${retryAfter} seconds.`, {
        extensions: { retryAfter },
      }),
    );
  };
}

/** Runs an express-rate-limit middleware and turns its outcome into a promise. */
function run(limiter: RequestHandler, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    const settled = limiter(req, res, (error?: unknown) => (error ? reject(error) : resolve())) as unknown;
    if (settled instanceof Promise) settled.catch(reject);
  });
}
