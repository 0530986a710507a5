import { Inject, Injectable } from '@nestjs/common';
import type { Server as ServerRow } from '#db';
import { keyset, type Page } from '../../platform/http/pagination/index.js';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import type { DbClient } from '../../model-store/db-client.js';
import type { ServerListQuery } from './server.dto.js';

export interface ServerContents {
  daemonGroups: number;
  virtualHosts: number;
  directories: number;
}

@Injectable()
export class ServerRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  findById(id: string): Promise<ServerRow | null> {
    return this.db.server.findUnique({ where: { id } });
  }

  async list<T>(query: ServerListQuery, present: (row: ServerRow) => T): Promise<Page<T>> {
    const ks = keyset(query, 'createdAt');
    const filters = query.name === undefined ? {} : { name: query.name };
    const rows = await this.db.server.findMany({
      where: { AND: [filters, ks.where] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, present);
  }

  async countContents(db: DbClient, serverId: string): Promise<ServerContents> {
    const [daemonGroups, virtualHosts, directories] = await Promise.all([
      db.daemonGroup.count({ where: { serverId } }),
      db.virtualHost.count({ where: { serverId } }),
      db.directory.count({ where: { serverId } }),
    ]);
    return { daemonGroups, virtualHosts, directories };
  }
}
