import { Inject, Injectable } from '@nestjs/common';
import { Prisma } from '#db';
import type { ServerModel } from '#apache';
import type { Database } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import { ServerModelRepository } from '../model-store/server-model.repository.js';

export interface ModelSnapshot {
  revision: number;
  model: ServerModel;
}

/** The two reads the model cache needs: the cheap revision probe and a consistent full load. */
@Injectable()
export class ModelRevisionRepository {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly models: ServerModelRepository,
  ) {}

  /** null when the server does not exist. */
  async currentRevision(serverId: string): Promise<number | null> {
    const row = await this.db.server.findUnique({ where: { id: serverId }, select: { modelRevision: true } });
    return row?.modelRevision ?? null;
  }

  /**
   * The model and the revision it is at, read in one REPEATABLE READ snapshot so they always agree even
   * while another replica commits a write. null when the server does not exist.
   */
  loadSnapshot(serverId: string): Promise<ModelSnapshot | null> {
    return this.db.$transaction(
      async (tx) => {
        const row = await tx.server.findUnique({ where: { id: serverId }, select: { modelRevision: true } });
        if (row === null) return null;
        return { revision: row.modelRevision, model: await this.models.load(tx, serverId) };
      },
      // A cold load of a 10,000-vhost server takes seconds on a busy host; Prisma's 5 s default would 500.
      { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, maxWait: 10_000, timeout: 60_000 },
    );
  }
}
