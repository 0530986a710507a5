import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Database } from './database.js';
import { DATABASE } from './database.tokens.js';

/** Closes the connection pool with the app, so `app.close()` leaves no sockets open. */
@Injectable()
export class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.database.$disconnect();
  }
}
