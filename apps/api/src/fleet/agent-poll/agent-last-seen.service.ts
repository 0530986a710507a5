import { Inject, Injectable, Optional, type OnModuleDestroy } from '@nestjs/common';
import type { AppLogger } from '../../platform/logging/create-logger.js';
import { LOGGER } from '../../platform/logging/logger.token.js';
import { AgentPollRepository } from './agent-poll.repository.js';

/** Offline is 3 poll intervals (15 s): a second of batching is invisible in the fleet view. */
const FLUSH_EVERY_MS = 1_000;

/**
 * "Agent last seen" from the agents' polls without a statement per poll: each poll only notes the time in
 * memory; once a second every server seen is written in one UPDATE. A flush that fails is retried with the
 * next one (newer times win); the last one runs on shutdown, before the database disconnects.
 */
@Injectable()
export class AgentLastSeen implements OnModuleDestroy {
  private seen = new Map<string, Date>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly repository: AgentPollRepository,
    @Optional() @Inject(LOGGER) private readonly logger?: AppLogger,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS).unref();
  }

  polled(serverId: string, at = new Date()): void {
    this.seen.set(serverId, at);
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
    if (this.seen.size === 0) return;
    const batch = this.seen;
    this.seen = new Map();
    try {
      await this.repository.touchLastSeen([...batch.keys()], [...batch.values()]);
    } catch (error) {
      for (const [serverId, at] of batch) if (!this.seen.has(serverId)) this.seen.set(serverId, at);
      this.logger?.warn({ component: 'agent-last-seen', err: error }, 'last-seen flush failed; retried');
    }
  }
}
