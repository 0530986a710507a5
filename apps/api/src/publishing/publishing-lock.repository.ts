import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import type { Transaction } from '../platform/database/database.js';
import { AppError } from '../platform/errors/app-error.js';
import { DATABASE_URL } from '../platform/database/database.tokens.js';

/**
 * Namespace of the two-key advisory lock space ('HPPB'). PostgreSQL keeps the two-int4 space apart from
 * the one-bigint space the migration runner uses, so the keys can never collide with it.
 */
const PUBLISH_LOCK_CLASS = 0x48505042;
/** How long a publish waits for another one of the same server (configtest + reload + probe) before 409. */
const LOCK_WAIT_MS = 300_000;
/** Shown in pg_stat_activity next to the lock it holds. */
const PUBLISH_LOCK_APPLICATION_NAME = 'hostplane-publish-lock';

/**
 * A server's publishing lock, one advisory key per server across all API replicas, taken two ways:
 * - for a whole publish (store → apply → record) WITHOUT a transaction around the apply: a SESSION lock on
 *   a dedicated connection, released when the connection closes, so a crashed process never leaves it held;
 * - by an agent report, for one transaction (lockWithinTransaction).
 * The revision number is computed under it, which is what keeps numbers gapless.
 *
 * If the session's connection dies mid-apply the lock is gone while the apply continues; libs/deploy's own
 * apply lock (pid file per journal directory) still refuses a second apply on the disk until this one ends.
 * The raw `pg` client lives here, not in platform/database: it is this one lock's connection, nothing else.
 */
@Injectable()
export class PublishingLockRepository {
  constructor(@Inject(DATABASE_URL) private readonly url: string | null) {}

  /** Runs `work` holding the server's session lock; 409 when another publish holds it for too long. */
  async holdDuring<T>(serverId: string, work: () => Promise<T>): Promise<T> {
    if (this.url === null) throw new Error('publishing needs a database connection');
    const client = new pg.Client({
      connectionString: this.url,
      application_name: PUBLISH_LOCK_APPLICATION_NAME,
    });
    // A lost connection only loses the lock (see above); without a listener it would crash the process.
    client.on('error', () => undefined);
    await client.connect();
    try {
      await client.query(`SET lock_timeout = ${LOCK_WAIT_MS}`);
      try {
        await client.query('SELECT pg_advisory_lock($1::int4, hashtext($2))', [PUBLISH_LOCK_CLASS, serverId]);
      } catch (error) {
        if (typeof error === 'object' && error !== null && 'code' in error && error.code === '55P03') {
          throw new AppError(
            'CONFLICT',
            `Another publish of server ${serverId} is still running; retry later.`,
          );
        }
        throw error;
      }
      return await work();
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** The same key until `tx` ends: an agent report never interleaves a publish of its server. */
export async function lockWithinTransaction(tx: Transaction, serverId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK_CLASS}::int4, hashtext(${serverId}))`;
}
