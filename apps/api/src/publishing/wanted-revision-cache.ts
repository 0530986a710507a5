import { Injectable } from '@nestjs/common';
import { ChangeListener, PUBLICATION_CHANNEL } from '../platform/change-listener/change-listener.js';
import { NotifiedCache } from '../platform/change-listener/notified-cache.js';

/** What decides the agents' ETag: the revision they should run and its status. */
export interface WantedHead {
  readonly id: string;
  readonly status: string;
}

/** One small entry per server: 100,000 servers are a few MB. */
const MAX_SERVERS = 100_000;

/**
 * Each server's wanted revision (newest pending, else live) as GET /servers/{id}/publications/live sees it,
 * so the agents' If-None-Match polls — every agent every few seconds — answer 304 without a query. The
 * `publications_notify` trigger drops a server's entry on every replica when its revisions change; this
 * replica's own publication transactions drop everything before they answer (RevisionStore), so an agent
 * polling the replica that just stored or settled a revision sees it at once.
 */
@Injectable()
export class WantedRevisionCache {
  private readonly cache: NotifiedCache<WantedHead>;

  constructor(listener: ChangeListener) {
    this.cache = new NotifiedCache(listener, MAX_SERVERS);
    listener.on(PUBLICATION_CHANNEL, (serverId) => this.cache.forget(serverId));
  }

  head(serverId: string, load: () => Promise<WantedHead | null>): Promise<WantedHead | null> {
    return this.cache.get(serverId, load);
  }

  /** This replica wrote publications (of any server): forget before answering. */
  forgetAll(): void {
    this.cache.forgetAll();
  }
}
