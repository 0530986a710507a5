import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { AppError } from '../errors/app-error.js';
import { AppConfig } from '../config/app-config.js';
import { LoginAttemptLedger, type LoginBlock } from './login-attempt-ledger.js';
import { addRateLimitHeaders } from './rate-limit-headers.js';

const REASONS: Record<LoginBlock['scope'], string> = {
  pair: 'Too many failed logins for this username from this address.',
  address: 'Too many failed logins from this address.',
};

/**
 * Throttles POST /auth/login with a LoginAttemptLedger (per username+address pair with a doubling delay,
 * and per address). A blocked attempt is answered 429 with Retry-After and RateLimit headers before the
 * password is checked; the same username from a clean address is not affected.
 */
@Injectable()
export class LoginThrottleMiddleware implements NestMiddleware {
  private readonly ledger: LoginAttemptLedger;
  private readonly policy: { name: string; quota: number; windowSeconds: number };

  constructor(private readonly config: AppConfig) {
    this.ledger = new LoginAttemptLedger(config.loginThrottle);
    const { perUsername, windowSeconds } = config.loginThrottle;
    this.policy = { name: 'login', quota: perUsername, windowSeconds };
  }

  use(req: Request, res: Response, next: NextFunction): void {
    const username = usernameOf(req);
    // A body without a username is refused by validation; nothing to count.
    if (username === undefined) return next();
    // IPv6 clients own whole /56 prefixes; counting per address would let them rotate freely.
    const address = ipKeyGenerator(req.ip ?? 'unknown', 56);
    const now = Date.now();
    const block = this.ledger.blockFor(username, address, now);
    if (block) {
      const { retryAfterSeconds: retryAfter } = block;
      addRateLimitHeaders(res, this.policy, 0, retryAfter);
      res.setHeader('Retry-After', String(retryAfter));
      throw new AppError('TOO_MANY_REQUESTS', `${REASONS[block.scope]} Retry after ${retryAfter} seconds.`, {
        extensions: { retryAfter },
      });
    }
    const remaining = this.ledger.remainingFor(username, address, now);
    const settle = this.ledger.begin(username, address, now);
    addRateLimitHeaders(res, this.policy, remaining, this.config.loginThrottle.windowSeconds);
    res.once('finish', () => {
      if (res.statusCode < 400) settle('success');
      else settle(res.statusCode === 401 ? 'failure' : 'neither');
    });
    next();
  }
}

function usernameOf(req: Request): string | undefined {
  const username: unknown = (req.body as { username?: unknown } | undefined)?.username;
  return typeof username === 'string' && username.length > 0 ? username : undefined;
}
