import { Inject, Injectable } from '@nestjs/common';
import { daemonGroupNameKey, type DaemonGroup as DaemonGroupRow, type Prisma } from '#db';
import { keyset, type Page } from '../../platform/http/pagination/index.js';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import type { TenantScope } from '../../auth/tenant-scope.js';
import type { DaemonGroupListQuery } from './daemon-group.dto.js';

@Injectable()
export class DaemonGroupRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  findById(id: string): Promise<DaemonGroupRow | null> {
    return this.db.daemonGroup.findUnique({ where: { id } });
  }

  /** A tenant sees only the groups that serve it; another's reads as absent (404, never 403). */
  findVisible(id: string, scope: TenantScope): Promise<DaemonGroupRow | null> {
    return this.db.daemonGroup.findFirst({ where: { AND: [{ id }, servesTenant(scope)] } });
  }

  /** Whether the server holds anything of the tenant (a directory or a group); otherwise it is not its concern. */
  async serverConcernsTenant(serverId: string, tenantId: string): Promise<boolean> {
    const [directory, group] = await Promise.all([
      this.db.directory.findFirst({ where: { serverId, tenantId }, select: { id: true } }),
      this.db.daemonGroup.findFirst({ where: { serverId, tenantId }, select: { id: true } }),
    ]);
    return directory !== null || group !== null;
  }

  async listOfServer<T>(
    serverId: string,
    scope: TenantScope,
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
      // The scope is ANDed separately, so no filter (?tenantId= included) can widen it.
      where: { AND: [filters, ks.where, servesTenant(scope)] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, present);
  }
}

function servesTenant(scope: TenantScope): Prisma.DaemonGroupWhereInput {
  return scope === null ? {} : { tenantId: scope };
}
