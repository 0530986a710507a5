import { Inject, Injectable } from '@nestjs/common';
import type { DaemonGroup } from '#apache';
import { daemonGroupNameKey, type DaemonGroup as DaemonGroupRow, type Prisma } from '#db';
import type { TenantScope } from '../../auth/tenant-scope.js';
import { daemonGroupToRow } from '../../model-store/mappers/daemon-group.mapper.js';
import type { Database, Transaction } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import { keyset, type Page } from '../../platform/http/pagination/index.js';
import type { DaemonGroupListQuery } from './daemon-group.dto.js';

/** Tenant data: every read takes the caller's scope; a tenant sees the groups that serve it. */
@Injectable()
export class DaemonGroupRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Another tenant's group, or a group serving no tenant, reads as absent to a tenant (404, never 403). */
  findDaemonGroupInScope(id: string, scope: TenantScope): Promise<DaemonGroupRow | null> {
    return this.db.daemonGroup.findFirst({ where: { AND: [{ id }, servesScope(scope)] } });
  }

  /**
   * Whether the server's groups are the caller's concern: for an admin, whether the server exists; for a
   * tenant, whether it holds anything of its own (a directory or a group serving it).
   */
  /** The row as the caller's write transaction sees it (the server is locked): If-Match compares with it. */
  findDaemonGroupUnderLock(tx: Transaction, id: string): Promise<DaemonGroupRow | null> {
    return tx.daemonGroup.findUnique({ where: { id } });
  }

  async serverConcernsScope(serverId: string, scope: TenantScope): Promise<boolean> {
    switch (scope.kind) {
      case 'admin':
        return (await this.db.server.count({ where: { id: serverId } })) > 0;
      case 'tenant': {
        const { tenantId } = scope;
        const [directory, group] = await Promise.all([
          this.db.directory.findFirst({ where: { serverId, tenantId }, select: { id: true } }),
          this.db.daemonGroup.findFirst({ where: { serverId, tenantId }, select: { id: true } }),
        ]);
        return directory !== null || group !== null;
      }
      case 'none':
        return false;
    }
  }

  async listDaemonGroupsOfServer<T>(
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
      where: { AND: [filters, ks.where, servesScope(scope)] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, present);
  }

  createDaemonGroup(tx: Transaction, serverId: string, group: DaemonGroup): Promise<DaemonGroupRow> {
    return tx.daemonGroup.create({ data: daemonGroupToRow(group, serverId) });
  }

  updateDaemonGroup(tx: Transaction, serverId: string, group: DaemonGroup): Promise<DaemonGroupRow> {
    const { id: _id, serverId: _server, ...data } = daemonGroupToRow(group, serverId);
    return tx.daemonGroup.update({ where: { id: group.id }, data });
  }

  async deleteDaemonGroup(tx: Transaction, id: string): Promise<void> {
    await tx.daemonGroup.delete({ where: { id } });
  }
}

function servesScope(scope: TenantScope): Prisma.DaemonGroupWhereInput {
  switch (scope.kind) {
    case 'admin':
      return {};
    case 'tenant':
      return { tenantId: scope.tenantId };
    case 'none':
      return { id: { in: [] } };
  }
}
