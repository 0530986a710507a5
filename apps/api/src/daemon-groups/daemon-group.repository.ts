import { Inject, Injectable } from '@nestjs/common';
import { daemonGroupNameKey, type DaemonGroup as DaemonGroupRow, type Prisma } from '#db';
import { keyset, type Page } from '../common/pagination/index.js';
import type { Database } from '../database/database.js';
import { DATABASE } from '../database/database.tokens.js';
import type { DaemonGroupListQuery } from './daemon-group.dto.js';

@Injectable()
export class DaemonGroupRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  findById(id: string): Promise<DaemonGroupRow | null> {
    return this.db.daemonGroup.findUnique({ where: { id } });
  }

  async listOfServer<T>(
    serverId: string,
    query: DaemonGroupListQuery,
    present: (row: DaemonGroupRow) => T,
  ): Promise<Page<T>> {
    const ks = keyset(query, 'createdAt');
    const filters: Prisma.DaemonGroupWhereInput = {
      serverId,
      ...(query.name !== undefined ? { nameKey: daemonGroupNameKey(query.name) } : {}),
      ...(query.virtualHostId !== undefined ? { virtualHostId: query.virtualHostId } : {}),
      ...(query.tenantId !== undefined ? { tenantId: query.tenantId } : {}),
      ...(query.scope === 'global' ? { virtualHostId: null } : {}),
      ...(query.scope === 'virtual-host' ? { NOT: { virtualHostId: null } } : {}),
    };
    const rows = await this.db.daemonGroup.findMany({
      where: { AND: [filters, ks.where] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, present);
  }
}
