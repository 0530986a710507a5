import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.tokens.js';
import { PENDING_STATUS, type IdempotencyRecord } from './idempotency-record.js';
import type { SealedBody } from './response-seal.js';

export interface Expiry {
  /** Completed records older than this are forgotten (api-v1.md: 24 h). */
  readonly completedBefore: Date;
  /** Reservations older than this were abandoned (a crashed process) and may be taken over. */
  readonly pendingBefore: Date;
}

@Injectable()
export class IdempotencyRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * Insert-first: the unique (principal, key) index lets exactly one of several concurrent requests
   * reserve the key; the others get the existing record back. Expired records are cleared first.
   */
  async reserveOrFind(
    principal: string,
    key: string,
    requestHash: string,
    expiry: Expiry,
  ): Promise<{ reserved: true; id: string } | { reserved: false; record: IdempotencyRecord | null }> {
    await this.db.idempotencyKey.deleteMany({
      where: {
        principal,
        key,
        OR: [
          { createdAt: { lt: expiry.completedBefore } },
          { status: PENDING_STATUS, createdAt: { lt: expiry.pendingBefore } },
        ],
      },
    });
    const id = randomUUID();
    const inserted = await this.db.$executeRaw`
      INSERT INTO idempotency_keys (id, principal, key, request_hash, status, response_body)
      VALUES (${id}, ${principal}, ${key}, ${requestHash}, ${PENDING_STATUS}, 'null'::jsonb)
      ON CONFLICT (principal, key) DO NOTHING`;
    if (inserted === 1) return { reserved: true, id };
    const record = await this.db.idempotencyKey.findUnique({
      where: { principal_key: { principal, key } },
      select: { id: true, requestHash: true, status: true, responseBody: true },
    });
    // null: released between our insert and this read (its request failed); the client may retry.
    return { reserved: false, record };
  }

  async complete(id: string, status: number, sealedBody: SealedBody): Promise<void> {
    await this.db.idempotencyKey.update({
      where: { id },
      data: { status, responseBody: { ...sealedBody } },
    });
  }

  /** A failed request leaves nothing behind, so the client may retry it under the same key. */
  async release(id: string): Promise<void> {
    await this.db.idempotencyKey.deleteMany({ where: { id, status: PENDING_STATUS } });
  }
}
