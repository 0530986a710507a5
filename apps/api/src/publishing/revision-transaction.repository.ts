import type { ServerModel } from '#apache';
import type { Transaction } from '../platform/database/database.js';
import type { AuditEventRepository, AuditRecord } from '../audit/audit-event.repository.js';
import type { ServerModelRepository } from '../model-store/server-model.repository.js';
import type { PublicationBlobRepository } from './publication-blob.repository.js';
import type {
  NewPublication,
  PublicationHead,
  PublicationOutcome,
  PublicationRepository,
  PublicationRow,
} from './publication.repository.js';
import { lockWithinTransaction } from './publishing-lock.repository.js';
import type { ManifestEntry, StoredFile } from './stored-file.js';

/**
 * The revision store as one open transaction sees it: what a use case may read and write between BEGIN and
 * COMMIT (RevisionStore.transaction). Every write expects the server's publishing lock to be held.
 */
export class RevisionTransaction {
  constructor(
    private readonly tx: Transaction,
    private readonly publications: PublicationRepository,
    private readonly blobs: PublicationBlobRepository,
    private readonly models: ServerModelRepository,
    private readonly auditor: AuditEventRepository,
  ) {}

  /** Takes the server's publishing lock until this transaction ends (agent reports). */
  lockServerPublishing(serverId: string): Promise<void> {
    return lockWithinTransaction(this.tx, serverId);
  }

  /** servers.model_revision as this transaction reads it now; null when the server does not exist. */
  async modelRevision(serverId: string): Promise<number | null> {
    const rows = await this.tx.$queryRaw<{ model_revision: number }[]>`
      SELECT model_revision FROM servers WHERE id = ${serverId}`;
    return rows[0]?.model_revision ?? null;
  }

  /**
   * servers.model_revision with the server row locked FOR SHARE until this transaction ends: model writers (which lock
   * it FOR UPDATE) wait, so what this transaction reads next is one committed state (consistent-model.ts' last try).
   */
  async modelRevisionHeldStill(serverId: string): Promise<number | null> {
    const rows = await this.tx.$queryRaw<{ model_revision: number }[]>`
      SELECT model_revision FROM servers WHERE id = ${serverId} FOR SHARE`;
    return rows[0]?.model_revision ?? null;
  }

  /** The server's whole model, read through this transaction (READ COMMITTED: see consistent-model.ts). */
  loadModel(serverId: string): Promise<ServerModel> {
    return this.models.load(this.tx, serverId);
  }

  findById(id: string): Promise<PublicationRow | null> {
    return this.publications.findByIdInTx(this.tx, id);
  }

  findCurrent(serverId: string): Promise<PublicationRow | null> {
    return this.publications.findCurrent(serverId, this.tx);
  }

  findLive(serverId: string): Promise<PublicationRow | null> {
    return this.publications.findLive(serverId, this.tx);
  }

  filesOf(manifest: readonly ManifestEntry[]): Promise<StoredFile[]> {
    return this.blobs.withContent(manifest, undefined, this.tx);
  }

  nextRevisionNumber(serverId: string): Promise<number> {
    return this.publications.nextRevision(this.tx, serverId);
  }

  /** The revision as `pending`, its blobs first; `known` are blobs certainly stored (the parent's). */
  async storePending(
    row: NewPublication,
    files: readonly StoredFile[],
    known: ReadonlySet<string>,
  ): Promise<PublicationHead> {
    await this.blobs.storeNew(this.tx, files, known);
    return this.publications.create(this.tx, row);
  }

  /** A pending revision refused before anything went live: dropped, its number used again. */
  dropPending(id: string): Promise<void> {
    return this.publications.deletePending(this.tx, id);
  }

  finish(id: string, outcome: PublicationOutcome): Promise<PublicationHead> {
    return this.publications.finish(this.tx, id, outcome);
  }

  /** A revision went live: every other live one, and every older pending one, is history now. */
  supersedeAround(serverId: string, live: { id: string; revision: number }): Promise<void> {
    return this.publications.supersedeAround(this.tx, serverId, live);
  }

  /** Agents only ever need the newest pending revision. */
  supersedeOlderPending(serverId: string, revision: number): Promise<void> {
    return this.publications.supersedeOlderPending(this.tx, serverId, revision);
  }

  /** The audit event, committed with the change it describes. */
  audit(event: AuditRecord): Promise<void> {
    return this.auditor.record(this.tx, event);
  }
}
