import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import { AppError } from '../platform/errors/app-error.js';
import { DATABASE_URL } from '../platform/database/database.tokens.js';
import { PUBLISH_LOCK_CLASS } from './publication-lock.js';

/** How long a publish waits for another one of the same server (configtest + reload + probe) before 409. */
const LOCK_WAIT_MS = 300_000;
/** Shown in pg_stat_activity next to the lock it holds. */
export const PUBLISH_LOCK_APPLICATION_NAME = 'hostplane-publish-lock';

/**
 * Holds a server's publish lock for a whole publish (store → apply → record) WITHOUT a transaction around
 * the apply: a SESSION-level advisory lock on a dedicated connection. It conflicts with the transaction-level
 * lock agent reports take (same key), and is released when the connection closes, so a crashed process
 * never leaves it held. Within one process, publishes of one server queue in memory first, so each process
 * has at most one lock connection per server (50 concurrent publishes do not open 50 connections).
 *
 * If the connection dies mid-apply the lock is gone while the apply continues; libs/deploy's own apply lock
 * (pid file per journal directory) still refuses a second apply on the disk until this one ends.
 */
@Injectable()
export class PublishLock {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(@Inject(DATABASE_URL) private readonly url: string | null) {}

  async run<T>(serverId: string, work: () => Promise<T>): Promise<T> {
    const before = this.queues.get(serverId) ?? Promise.resolve();
    const mine = before.then(() => this.holding(serverId, work));
    const tail = mine.catch(() => undefined);
    this.queues.set(serverId, tail);
    try {
      return await mine;
    } finally {
      if (this.queues.get(serverId) === tail) this.queues.delete(serverId);
    }
  }

  private async holding<T>(serverId: string, work: () => Promise<T>): Promise<T> {
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
