import { Inject, Injectable } from '@nestjs/common';
import type { Server as ServerRow } from '#db';
import { serverSettingsToRow, type ServerSettings } from '../../model-store/mappers/server.mapper.js';
import type { Database, Queryable, Transaction } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import { keyset, type Page } from '../../platform/http/pagination/index.js';
import type { ServerListQuery } from './server.dto.js';

/** Servers are admin data: no tenant ever reads them here. */
@Injectable()
export class ServerRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** `db`: the write's transaction, to read the row as its lock holds it. */
  findServer(id: string, db: Queryable = this.db): Promise<ServerRow | null> {
    return db.server.findUnique({ where: { id } });
  }

  async listServers<T>(query: ServerListQuery, present: (row: ServerRow) => T): Promise<Page<T>> {
    const ks = keyset(query, 'createdAt');
    const filters = query.name === undefined ? {} : { name: query.name };
    const rows = await this.db.server.findMany({
      where: { AND: [filters, ks.where] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, present);
  }

  createServer(tx: Transaction, settings: ServerSettings): Promise<ServerRow> {
    return tx.server.create({ data: serverSettingsToRow(settings) });
  }

  updateServerSettings(tx: Transaction, settings: ServerSettings): Promise<ServerRow> {
    const { id: _id, ...data } = serverSettingsToRow(settings);
    return tx.server.update({ where: { id: settings.id }, data });
  }

  async deleteServer(tx: Transaction, id: string): Promise<void> {
    await tx.server.delete({ where: { id } });
  }
}
