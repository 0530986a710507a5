import { Injectable } from '@nestjs/common';
import {
  ChangeListener,
  MODEL_CHANNEL,
  RESTART_CHANNEL,
} from '../../platform/change-listener/change-listener.js';
import { parseModelNotification } from '../../platform/change-listener/model-notification.js';
import { NotifiedCache } from '../../platform/change-listener/notified-cache.js';
import { AgentPollRepository, type PollSignals } from './agent-poll.repository.js';

/** One small entry per server, as the wanted-revision cache. */
const MAX_SERVERS = 100_000;

/**
 * Per server, whether daemon group restarts are pending and its model revision, for the headers of the
 * agents' polls: from memory while the change listener is live, dropped by the `daemon_group_restarts_notify`
 * and model triggers on every replica; one query per server after a change (or per poll while not live).
 */
@Injectable()
export class AgentPollSignals {
  private readonly cache: NotifiedCache<PollSignals>;

  constructor(
    listener: ChangeListener,
    private readonly repository: AgentPollRepository,
  ) {
    this.cache = new NotifiedCache(listener, MAX_SERVERS);
    listener.on(RESTART_CHANNEL, (serverId) => this.cache.forget(serverId));
    listener.on(MODEL_CHANNEL, (payload) => {
      const changed = parseModelNotification(payload);
      if (changed !== null) this.cache.forget(changed.serverId);
    });
  }

  /** null: no such server. */
  of(serverId: string): Promise<PollSignals | null> {
    return this.cache.get(serverId, () => this.repository.signalsOf(serverId));
  }

  /** This replica changed the server's restarts: do not wait for the notification. */
  forget(serverId: string): void {
    this.cache.forget(serverId);
  }
}
