import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';

/** The one server fact publishing needs outside a publish: where its generated files live. */
@Injectable()
export class ServerConfigDirRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async configDirOf(serverId: string): Promise<string | null> {
    const row = await this.db.server.findUnique({ where: { id: serverId }, select: { configDir: true } });
    return row?.configDir ?? null;
  }
}
