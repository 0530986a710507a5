import { type DynamicModule, Module } from '@nestjs/common';
import { createPrismaClient } from '#db';
import { DatabaseLifecycle } from './database-lifecycle.js';
import { DATABASE, DATABASE_URL } from './database.tokens.js';
import { detachedDatabase } from './detached-database.js';
import { TransactionRunner } from './transaction-runner.js';

/**
 * The database connection of the app and its transaction runner; the caller decides where the connection
 * comes from (main.ts, tests, scripts).
 */
@Module({})
export class DatabaseModule {
  static forUrl(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        { provide: DATABASE_URL, useValue: url },
        { provide: DATABASE, useFactory: () => createPrismaClient(url) },
        DatabaseLifecycle,
        TransactionRunner,
      ],
      exports: [DATABASE, DATABASE_URL, TransactionRunner],
    };
  }

  /** No connection at all: enough to build the app and read its routes, e.g. for the OpenAPI document. */
  static detached(): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        { provide: DATABASE_URL, useValue: null },
        { provide: DATABASE, useFactory: detachedDatabase },
        TransactionRunner,
      ],
      exports: [DATABASE, DATABASE_URL, TransactionRunner],
    };
  }
}
