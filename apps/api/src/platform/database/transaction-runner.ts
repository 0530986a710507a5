import { Inject, Injectable } from '@nestjs/common';
import type { Database, Transaction } from './database.js';
import { DATABASE } from './database.tokens.js';
import { asPersistenceConflict } from './persistence-conflict.js';

export interface TransactionOptions {
  /** How long to wait for a connection from the pool (ms). */
  readonly maxWait?: number;
  /** How long the transaction may run before it is rolled back (ms). */
  readonly timeout?: number;
}

/**
 * Every interactive transaction of the services starts here: `work` gets the transaction and hands it to
 * repositories. A unique or foreign-key violation that escapes becomes 409 CONFLICT (never a 500).
 */
@Injectable()
export class TransactionRunner {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async run<T>(work: (tx: Transaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    try {
      return await this.db.$transaction(work, options);
    } catch (error) {
      throw asPersistenceConflict(error);
    }
  }
}
