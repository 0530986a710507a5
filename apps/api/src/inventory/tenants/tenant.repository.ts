import { Inject, Injectable } from '@nestjs/common';
import type { Tenant } from '#apache';
import type { Prisma, Tenant as TenantRow } from '#db';
import type { TenantScope } from '../../auth/tenant-scope.js';
import type { Usage } from '../../model-store/in-use.error.js';
import { tenantToRow } from '../../model-store/mappers/tenant.mapper.js';
import type { Database, Transaction } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import { keyset, type Page } from '../../platform/http/pagination/index.js';
import type { TenantListQuery } from './tenant.dto.js';

/** Tenant data: a tenant reads its own record only. */
@Injectable()
export class TenantRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Anything but the caller's own record reads as absent to a tenant (404, never 403). */
  findTenantInScope(id: string, scope: TenantScope): Promise<TenantRow | null> {
    return this.db.tenant.findFirst({ where: { AND: [{ id }, ownRecordInScope(scope)] } });
  }

  async listTenants<T>(
    scope: TenantScope,
    query: TenantListQuery,
    present: (row: TenantRow) => T,
  ): Promise<Page<T>> {
    const ks = keyset(query, 'createdAt');
    const filters: Prisma.TenantWhereInput = {
      ...(query.name !== undefined ? { name: query.name } : {}),
      ...(query.unixUser !== undefined ? { unixUser: query.unixUser } : {}),
    };
    const rows = await this.db.tenant.findMany({
      // The scope is ANDed separately, so no filter combination can widen it.
      where: { AND: [filters, ks.where, ownRecordInScope(scope)] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, present);
  }

  /** Servers whose model holds the tenant (through a directory or a tenant daemon group). */
  async serverIdsReferencingTenant(tx: Transaction, tenantId: string): Promise<string[]> {
    const [groups, directories] = await Promise.all([
      tx.daemonGroup.findMany({ where: { tenantId }, select: { serverId: true }, distinct: ['serverId'] }),
      tx.directory.findMany({ where: { tenantId }, select: { serverId: true }, distinct: ['serverId'] }),
    ]);
    return [...new Set([...groups, ...directories].map((r) => r.serverId))];
  }

  /**
   * Locks the tenant row FOR UPDATE (writers attaching the tenant to a server hold it FOR SHARE, so none
   * is in flight and none can start) and returns it; null when it is gone.
   */
  async lockTenant(tx: Transaction, id: string): Promise<TenantRow | null> {
    await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${id} FOR UPDATE`;
    return tx.tenant.findUnique({ where: { id } });
  }

  /** What still belongs to the tenant (up to 50 of each kind), read under lockTenant. */
  async listUsagesOfTenant(tx: Transaction, tenantId: string): Promise<Usage[]> {
    const [directories, groups, users] = await Promise.all([
      tx.directory.findMany({ where: { tenantId }, select: { id: true }, take: 50 }),
      tx.daemonGroup.findMany({ where: { tenantId }, select: { id: true }, take: 50 }),
      tx.user.findMany({ where: { tenantId }, select: { id: true }, take: 50 }),
    ]);
    return [
      ...directories.map((d) => ({ type: 'directory', id: d.id })),
      ...groups.map((g) => ({ type: 'daemon-group', id: g.id })),
      ...users.map((u) => ({ type: 'user', id: u.id })),
    ];
  }

  createTenant(tx: Transaction, tenant: Tenant): Promise<TenantRow> {
    return tx.tenant.create({ data: tenantToRow(tenant) });
  }

  updateTenant(tx: Transaction, tenant: Tenant): Promise<TenantRow> {
    const { id: _id, ...data } = tenantToRow(tenant);
    return tx.tenant.update({ where: { id: tenant.id }, data });
  }

  async deleteTenant(tx: Transaction, id: string): Promise<void> {
    await tx.tenant.delete({ where: { id } });
  }
}

function ownRecordInScope(scope: TenantScope): Prisma.TenantWhereInput {
  switch (scope.kind) {
    case 'admin':
      return {};
    case 'tenant':
      return { id: scope.tenantId };
    case 'none':
      return { id: { in: [] } };
  }
}
