import { Inject, Injectable } from '@nestjs/common';
import { AuditEventRepository } from '../audit/audit-event.repository.js';
import { ServerModelRepository } from '../model-store/server-model.repository.js';
import { AppConfig } from '../platform/config/app-config.js';
import type { Database, Transaction } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import type { Page } from '../platform/http/pagination/index.js';
import { PublicationBlobRepository } from './publication-blob.repository.js';
import type { PublicationListQuery } from './publication.dto.js';
import {
  PublicationRepository,
  type PublicationHead,
  type PublicationRow,
} from './publication.repository.js';
import { RevisionTransaction } from './revision-transaction.repository.js';
import type { ManifestEntry, StoredFile } from './stored-file.js';
import { WantedRevisionCache, type WantedHead } from './wanted-revision-cache.js';

/**
 * The revisions of servers: publications and their blobs, the one store every publishing use case reads
 * and writes. Reads outside a transaction are here; writes go through transaction() / publishTransaction().
 */
@Injectable()
export class RevisionStore {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly config: AppConfig,
    private readonly publications: PublicationRepository,
    private readonly blobs: PublicationBlobRepository,
    private readonly models: ServerModelRepository,
    private readonly auditor: AuditEventRepository,
    private readonly wanted: WantedRevisionCache,
  ) {}

  /** One transaction with the database's default limits (settlements, agent reports). */
  transaction<T>(work: (tx: RevisionTransaction) => Promise<T>): Promise<T> {
    return this.forgettingWanted(this.db.$transaction((tx) => work(this.view(tx))));
  }

  /**
   * One of a publish's two short transactions, bounded by HOSTPLANE_PUBLISH_TX_TIMEOUT_MS (the apply between
   * them is bounded by its own command timeouts).
   */
  publishTransaction<T>(work: (tx: RevisionTransaction) => Promise<T>): Promise<T> {
    const timeout = this.config.publishing.txTimeoutMs;
    return this.forgettingWanted(
      this.db.$transaction((tx) => work(this.view(tx)), { maxWait: timeout, timeout }),
    );
  }

  serverExists(serverId: string): Promise<boolean> {
    return this.publications.serverExists(serverId);
  }

  findById(id: string): Promise<PublicationRow | null> {
    return this.publications.findById(id);
  }

  findLive(serverId: string): Promise<PublicationRow | null> {
    return this.publications.findLive(serverId);
  }

  findCurrent(serverId: string): Promise<PublicationRow | null> {
    return this.publications.findCurrent(serverId);
  }

  /** findCurrent's id and status, from memory while the change listener is live (WantedRevisionCache). */
  findCurrentHead(serverId: string): Promise<WantedHead | null> {
    return this.wanted.head(serverId, () => this.publications.findCurrentHead(serverId));
  }

  /** Revisions whose apply outcome was never recorded, newest first (the caller holds the lock). */
  findPending(serverId: string): Promise<PublicationHead[]> {
    return this.publications.findPendingHeads(serverId);
  }

  serversWithPending(): Promise<string[]> {
    return this.publications.serversWithPending();
  }

  list(serverId: string, query: PublicationListQuery): Promise<Page<PublicationRow>> {
    return this.publications.listForServer(serverId, query);
  }

  /** The files of a manifest with their contents; `only` limits which entries are fetched and returned. */
  filesOf(
    manifest: readonly ManifestEntry[],
    only?: (entry: ManifestEntry) => boolean,
  ): Promise<StoredFile[]> {
    return this.blobs.withContent(manifest, only);
  }

  /** Every write to publications runs in one of these transactions: the agents' cached ETags go after it. */
  private async forgettingWanted<T>(transaction: Promise<T>): Promise<T> {
    try {
      return await transaction;
    } finally {
      this.wanted.forgetAll();
    }
  }

  private view(tx: Transaction): RevisionTransaction {
    return new RevisionTransaction(tx, this.publications, this.blobs, this.models, this.auditor);
  }
}
