import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Publication, type PublicationStatus } from '#db';
import { keyset, type Page, type PageRequest } from '../common/pagination/index.js';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.tokens.js';
import type { StoredFile } from './stored-file.js';

type Tx = Prisma.TransactionClient;

export interface NewPublication {
  serverId: string;
  revision: number;
  parentId: string | null;
  digest: string;
  files: readonly StoredFile[];
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

  findByIdInTx(tx: Tx, id: string): Promise<Publication | null> {
    return tx.publication.findUnique({ where: { id } });
  }

  serverExists(serverId: string): Promise<boolean> {
    return this.db.server.count({ where: { id: serverId } }).then((n) => n > 0);
  }

  /** What is on the web server now (local mode), or what the agent last confirmed. */
  findLive(serverId: string, db: Tx | Database = this.db): Promise<Publication | null> {
    return db.publication.findFirst({ where: { serverId, status: 'live' }, orderBy: { revision: 'desc' } });
  }

  /** The newest revision that is live or waiting to be: what a new publish builds on. */
  findCurrent(serverId: string, db: Tx | Database = this.db): Promise<Publication | null> {
    return db.publication.findFirst({
      where: { serverId, status: { in: ['live', 'pending'] } },
      orderBy: { revision: 'desc' },
    });
  }

  async nextRevision(tx: Tx, serverId: string): Promise<number> {
    const { _max } = await tx.publication.aggregate({ where: { serverId }, _max: { revision: true } });
    return (_max.revision ?? 0) + 1;
  }

  create(tx: Tx, row: NewPublication): Promise<Publication> {
    return tx.publication.create({
      data: {
        ...row,
        files: json(row.files),
        diagnostics: json(row.diagnostics),
        status: 'pending',
      },
    });
  }

  finish(tx: Tx, id: string, outcome: PublicationOutcome): Promise<Publication> {
    return tx.publication.update({
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
  async supersedeAround(tx: Tx, serverId: string, live: Publication): Promise<void> {
    await tx.publication.updateMany({
      where: { serverId, id: { not: live.id }, status: 'live' },
      data: { status: 'superseded' },
    });
    await this.supersedeOlderPending(tx, serverId, live.revision);
  }

  /** Agents only ever need the newest pending revision. */
  async supersedeOlderPending(tx: Tx, serverId: string, revision: number): Promise<void> {
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
