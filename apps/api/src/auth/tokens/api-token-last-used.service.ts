import { Inject, Injectable, Optional, type OnModuleDestroy } from '@nestjs/common';
import { LatestTimeBatch } from '../../platform/concurrency/latest-time-batch.js';
import type { AppLogger } from '../../platform/logging/create-logger.js';
import { LOGGER } from '../../platform/logging/logger.token.js';
import { ApiTokenRepository } from './api-token.repository.js';

/**
 * A token's lastUsedAt without a statement (and a round trip in the request) per use: each use that finds it
 * stale only notes the time, and once a second every token noted is written in one UPDATE (a second of lag is
 * invisible in the token list). At 1,000 agents, one write per token per minute was ~17 statements a second,
 * the largest part of the API's CPU left in `npm run bench:fleet` after the 304 itself.
 */
@Injectable()
export class ApiTokenLastUsed implements OnModuleDestroy {
  private readonly batch: LatestTimeBatch;

  constructor(tokens: ApiTokenRepository, @Optional() @Inject(LOGGER) logger?: AppLogger) {
    this.batch = new LatestTimeBatch(
      (ids, times) => tokens.touchLastUsed(ids, times),
      (error) =>
        logger?.warn({ component: 'api-token-last-used', err: error }, 'lastUsedAt flush failed; retried'),
    );
  }

  noteUse(tokenId: string, at: Date): void {
    this.batch.note(tokenId, at);
  }

  /** Writes what was noted so far (tests call it to skip the wait). */
  flush(): Promise<void> {
    return this.batch.flush();
  }

  onModuleDestroy(): Promise<void> {
    return this.batch.stop();
  }
}
