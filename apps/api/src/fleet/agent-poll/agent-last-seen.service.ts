import { Inject, Injectable, Optional, type OnModuleDestroy } from '@nestjs/common';
import { LatestTimeBatch } from '../../platform/concurrency/latest-time-batch.js';
import type { AppLogger } from '../../platform/logging/create-logger.js';
import { LOGGER } from '../../platform/logging/logger.token.js';
import { AgentPollRepository } from './agent-poll.repository.js';

/**
 * "Agent last seen" from the agents' polls without a statement per poll: each poll only notes the time in
 * memory; once a second every server seen is written in one UPDATE (offline is 3 poll intervals, 15 s: a
 * second of batching is invisible in the fleet view). The last write runs on shutdown.
 */
@Injectable()
export class AgentLastSeen implements OnModuleDestroy {
  private readonly batch: LatestTimeBatch;

  constructor(repository: AgentPollRepository, @Optional() @Inject(LOGGER) logger?: AppLogger) {
    this.batch = new LatestTimeBatch(
      (serverIds, times) => repository.touchLastSeen(serverIds, times),
      (error) =>
        logger?.warn({ component: 'agent-last-seen', err: error }, 'last-seen flush failed; retried'),
    );
  }

  polled(serverId: string, at = new Date()): void {
    this.batch.note(serverId, at);
  }

  /** Writes what was noted so far (tests call it to skip the wait). */
  flush(): Promise<void> {
    return this.batch.flush();
  }

  onModuleDestroy(): Promise<void> {
    return this.batch.stop();
  }
}
