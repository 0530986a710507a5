import { Inject, Injectable, Optional, type OnModuleDestroy } from '@nestjs/common';
import type { AppLogger } from '../../platform/logging/create-logger.js';
import { LOGGER } from '../../platform/logging/logger.token.js';
import { ApiTokenRepository } from './api-token.repository.js';

/** lastUsedAt is informational: a second of batching is invisible in the token list. */
const FLUSH_EVERY_MS = 1_000;

/**
 * A token's lastUsedAt without a statement (and a round trip in the request) per use: each use that finds it
 * stale only notes the time in memory, and once a second every token noted is written in one UPDATE. At 1,000
 * agents, one write per token per minute was ~17 statements a second, the largest part of the API's CPU left in
 * `npm run bench:fleet` after the 304 itself. A failed flush is retried with the next one (newer times win); the
 * last one runs on shutdown, before the database disconnects. The same pattern as the agents' last seen.
 */
@Injectable()
export class ApiTokenLastUsed implements OnModuleDestroy {
  private used = new Map<string, Date>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly tokens: ApiTokenRepository,
    @Optional() @Inject(LOGGER) private readonly logger?: AppLogger,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS).unref();
  }

  noteUse(tokenId: string, at: Date): void {
    this.used.set(tokenId, at);
  }

  /** Writes what was noted so far (tests call it to skip the wait). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async write(): Promise<void> {
    if (this.used.size === 0) return;
    const batch = this.used;
    this.used = new Map();
    try {
      await this.tokens.touchLastUsed([...batch.keys()], [...batch.values()]);
    } catch (error) {
      for (const [id, at] of batch) if (!this.used.has(id)) this.used.set(id, at);
      this.logger?.warn({ component: 'api-token-last-used', err: error }, 'lastUsedAt flush failed; retried');
    }
  }
}
