import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, VirtualHost as VirtualHostRow } from '#db';
import { keyset, type Page } from '../../platform/http/pagination/index.js';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import type { VirtualHostListQuery } from './virtual-host.dto.js';

@Injectable()
export class VirtualHostRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  findById(id: string): Promise<VirtualHostRow | null> {
    return this.db.virtualHost.findUnique({ where: { id } });
  }

  /** A vhost in which the tenant owns a directory; any other reads as absent (404, never 403). */
  findWithDirectoryOf(id: string, tenantId: string): Promise<VirtualHostRow | null> {
    return this.db.virtualHost.findFirst({ where: { id, directories: { some: { tenantId } } } });
  }

  async listOfServer<T>(
    serverId: string,
    query: VirtualHostListQuery,
    present: (row: VirtualHostRow) => T,
  ): Promise<Page<T>> {
    const ks = keyset(query, 'createdAt');
    const filters: Prisma.VirtualHostWhereInput = {
      serverId,
      // Host names are case-insensitive in HTTP and in Apache's vhost matching.
      ...(query.serverName !== undefined
        ? { serverName: { equals: query.serverName, mode: 'insensitive' } }
        : {}),
    };
    const rows = await this.db.virtualHost.findMany({
      where: { AND: [filters, ks.where] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, present);
  }
}
