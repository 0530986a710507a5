import { Inject, Injectable } from '@nestjs/common';
import type { VirtualHost } from '#apache';
import type { Prisma, VirtualHost as VirtualHostRow } from '#db';
import type { TenantScope } from '../../auth/tenant-scope.js';
import { virtualHostToRow } from '../../model-store/mappers/virtual-host.mapper.js';
import type { Database, Transaction } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import { keyset, type Page } from '../../platform/http/pagination/index.js';
import type { VirtualHostListQuery } from './virtual-host.dto.js';

@Injectable()
export class VirtualHostRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** A tenant sees a vhost in which it owns a directory; any other reads as absent (404, never 403). */
  findVirtualHostInScope(id: string, scope: TenantScope): Promise<VirtualHostRow | null> {
    return this.db.virtualHost.findFirst({ where: { AND: [{ id }, holdsScope(scope)] } });
  }

  /** The row as the caller's write transaction sees it (the server is locked): If-Match compares with it. */
  findVirtualHostUnderLock(tx: Transaction, id: string): Promise<VirtualHostRow | null> {
    return tx.virtualHost.findUnique({ where: { id } });
  }

  /** Admin-only lists: no tenant reads a server's vhosts. */
  async listVirtualHostsOfServer<T>(
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

  createVirtualHost(tx: Transaction, serverId: string, vhost: VirtualHost): Promise<VirtualHostRow> {
    return tx.virtualHost.create({ data: virtualHostToRow(vhost, serverId) });
  }

  updateVirtualHost(tx: Transaction, serverId: string, vhost: VirtualHost): Promise<VirtualHostRow> {
    const { id: _id, serverId: _server, ...data } = virtualHostToRow(vhost, serverId);
    return tx.virtualHost.update({ where: { id: vhost.id }, data });
  }

  async deleteVirtualHost(tx: Transaction, id: string): Promise<void> {
    await tx.virtualHost.delete({ where: { id } });
  }
}

function holdsScope(scope: TenantScope): Prisma.VirtualHostWhereInput {
  switch (scope.kind) {
    case 'admin':
      return {};
    case 'tenant':
      return { directories: { some: { tenantId: scope.tenantId } } };
    case 'none':
      return { id: { in: [] } };
  }
}
