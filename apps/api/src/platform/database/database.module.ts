import { type DynamicModule, Module } from '@nestjs/common';
import { createPrismaClient } from '#db';
import { DatabaseLifecycle } from './database-lifecycle.js';
import { DATABASE, DATABASE_URL } from './database.tokens.js';
import { detachedDatabase } from './detached-database.js';

/** The database connection of the app; the caller decides where it comes from (main.ts, tests, scripts). */
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
      ],
      exports: [DATABASE, DATABASE_URL],
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
      ],
      exports: [DATABASE, DATABASE_URL],
    };
  }
}
