import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, Tenant as TenantRow } from '#db';
import { keyset, type Page } from '../../platform/http/pagination/index.js';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import type { Usage } from '../../model-store/in-use.error.js';
import type { DbClient } from '../../model-store/db-client.js';
import type { TenantListQuery } from './tenant.dto.js';
import type { TenantScope } from '../../auth/tenant-scope.js';

@Injectable()
export class TenantRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  findById(id: string): Promise<TenantRow | null> {
    return this.db.tenant.findUnique({ where: { id } });
  }

  /** A tenant sees its own record only; anything else reads as absent (404, never 403). */
  findVisible(id: string, scope: TenantScope): Promise<TenantRow | null> {
    return this.db.tenant.findFirst({ where: { AND: [{ id }, ownRecord(scope)] } });
  }

  async list<T>(
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
      where: { AND: [filters, ks.where, ownRecord(scope)] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, present);
  }

  /** Servers whose model holds the tenant (through a directory or a tenant daemon group). */
  async serversReferencing(db: DbClient, tenantId: string): Promise<string[]> {
    const [groups, directories] = await Promise.all([
      db.daemonGroup.findMany({ where: { tenantId }, select: { serverId: true }, distinct: ['serverId'] }),
      db.directory.findMany({ where: { tenantId }, select: { serverId: true }, distinct: ['serverId'] }),
    ]);
    return [...new Set([...groups, ...directories].map((r) => r.serverId))];
  }

  /** Locks the tenant row (FOR UPDATE) and lists what still refers to it. */
  async lockAndListUsers(tx: DbClient, tenantId: string): Promise<Usage[]> {
    await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${tenantId} FOR UPDATE`;
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
}

function ownRecord(scope: TenantScope): Prisma.TenantWhereInput {
  return scope === null ? {} : { id: scope };
}
