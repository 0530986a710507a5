import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Publication, type PublicationStatus } from '#db';
import { keyset, type Page, type PageRequest } from '../platform/http/pagination/index.js';
import type { Database, Queryable, Transaction } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import type { ManifestEntry } from './stored-file.js';

/** One revision as stored, manifest included (read it with manifestOf). */
export type PublicationRow = Publication;

/** A publication row without its manifest (20,000 entries on a big server): what writes hand back. */
export type PublicationHead = Omit<Publication, 'manifest'>;

const NO_MANIFEST = { manifest: true } as const;

export interface NewPublication {
  serverId: string;
  revision: number;
  parentId: string | null;
  digest: string;
  /** Path → sha256 of every file; the contents must already be in publication_blobs. */
  manifest: readonly ManifestEntry[];
  diagnostics: readonly unknown[];
  kind: string;
  reason: string | null;
  rollbackOfId: string | null;
  actorUserId: string;
  credentialId: string;
}

export interface PublicationOutcome {
  status: PublicationStatus;
  diagnostics: readonly unknown[];
  log: string;
  failure: unknown;
  appliedAt: Date | null;
}

/** Publications of a server; every write method expects the server's publish lock to be held. */
@Injectable()
export class PublicationRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  findById(id: string): Promise<Publication | null> {
    return this.db.publication.findUnique({ where: { id } });
  }

  findByIdInTx(tx: Transaction, id: string): Promise<Publication | null> {
    return tx.publication.findUnique({ where: { id } });
  }

  serverExists(serverId: string): Promise<boolean> {
    return this.db.server.count({ where: { id: serverId } }).then((n) => n > 0);
  }

  /** What is on the web server now (local mode), or what the agent last confirmed. */
  findLive(serverId: string, db: Queryable = this.db): Promise<Publication | null> {
    return db.publication.findFirst({ where: { serverId, status: 'live' }, orderBy: { revision: 'desc' } });
  }

  /** The newest revision that is live or waiting to be: what a new publish builds on. */
  findCurrent(serverId: string, db: Queryable = this.db): Promise<Publication | null> {
    return db.publication.findFirst({
      where: { serverId, status: { in: ['live', 'pending'] } },
      orderBy: { revision: 'desc' },
    });
  }

  /** findCurrent's id and status only: what the agents' ETag is made of. */
  findCurrentHead(serverId: string): Promise<{ id: string; status: PublicationStatus } | null> {
    return this.db.publication.findFirst({
      where: { serverId, status: { in: ['live', 'pending'] } },
      orderBy: { revision: 'desc' },
      select: { id: true, status: true },
    });
  }

  /**
   * Revisions stored but whose apply outcome was never recorded, newest first. In local mode only a publish
   * that died between storing and recording leaves these (the caller holds the publish lock).
   */
  findPendingHeads(serverId: string): Promise<PublicationHead[]> {
    return this.db.publication.findMany({
      where: { serverId, status: 'pending' },
      orderBy: { revision: 'desc' },
      omit: NO_MANIFEST,
    });
  }

  async serversWithPending(): Promise<string[]> {
    const rows = await this.db.publication.findMany({
      where: { status: 'pending' },
      distinct: ['serverId'],
      select: { serverId: true },
    });
    return rows.map((r) => r.serverId);
  }

  /**
   * A stored revision the apply refused before anything went live (drift, unsafe directory): it is dropped,
   * so its number is used again and numbers stay gapless (the lock is still held).
   */
  async deletePending(tx: Transaction, id: string): Promise<void> {
    await tx.publication.deleteMany({ where: { id, status: 'pending' } });
  }

  async nextRevision(tx: Transaction, serverId: string): Promise<number> {
    const { _max } = await tx.publication.aggregate({ where: { serverId }, _max: { revision: true } });
    return (_max.revision ?? 0) + 1;
  }

  /**
   * One INSERT with the manifest sent as a single JSON text parameter: Prisma's JSON input handling walks
   * every entry, which costs hundreds of milliseconds for a 20,000-file revision.
   */
  async create(tx: Transaction, row: NewPublication): Promise<PublicationHead> {
    const id = randomUUID();
    await tx.$executeRaw`
      INSERT INTO publications (id, server_id, revision, parent_id, digest, manifest, diagnostics, status, kind,
                                reason, rollback_of_id, actor_user_id, credential_id)
      VALUES (${id}, ${row.serverId}, ${row.revision}, ${row.parentId}, ${row.digest},
              ${JSON.stringify(row.manifest)}::jsonb, ${JSON.stringify(row.diagnostics)}::jsonb,
              'pending', ${row.kind}, ${row.reason}, ${row.rollbackOfId}, ${row.actorUserId}, ${row.credentialId})`;
    return tx.publication.findUniqueOrThrow({ where: { id }, omit: NO_MANIFEST });
  }

  finish(tx: Transaction, id: string, outcome: PublicationOutcome): Promise<PublicationHead> {
    return tx.publication.update({
      omit: NO_MANIFEST,
      where: { id },
      data: {
        status: outcome.status,
        diagnostics: json(outcome.diagnostics),
        log: outcome.log,
        failure: outcome.failure === null ? Prisma.DbNull : json(outcome.failure),
        appliedAt: outcome.appliedAt,
      },
    });
  }

  /** A revision went live: every other live one, and every older pending one, is history now. */
  async supersedeAround(
    tx: Transaction,
    serverId: string,
    live: { id: string; revision: number },
  ): Promise<void> {
    await tx.publication.updateMany({
      where: { serverId, id: { not: live.id }, status: 'live' },
      data: { status: 'superseded' },
    });
    await this.supersedeOlderPending(tx, serverId, live.revision);
  }

  /** Agents only ever need the newest pending revision. */
  async supersedeOlderPending(tx: Transaction, serverId: string, revision: number): Promise<void> {
    await tx.publication.updateMany({
      where: { serverId, status: 'pending', revision: { lt: revision } },
      data: { status: 'superseded' },
    });
  }

  async listForServer(
    serverId: string,
    request: PageRequest & { status?: PublicationStatus | undefined },
  ): Promise<Page<Publication>> {
    // Newest first; creation order equals revision order because revisions are made under the lock.
    const ks = keyset(request, 'createdAt', 'desc');
    const filters: Prisma.PublicationWhereInput = {
      serverId,
      ...(request.status !== undefined ? { status: request.status } : {}),
    };
    const rows = await this.db.publication.findMany({
      where: { AND: [filters, ks.where] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, (row) => row);
  }
}

function json(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
