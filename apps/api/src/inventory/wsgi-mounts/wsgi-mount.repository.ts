import { Inject, Injectable } from '@nestjs/common';
import type { WsgiMount } from '#apache';
import type { Prisma, WsgiMount as WsgiMountRow } from '#db';
import type { TenantScope } from '../../auth/tenant-scope.js';
import { wsgiMountToRow } from '../../model-store/mappers/wsgi-mount.mapper.js';
import type { Database, Transaction } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import { keyset, type Page } from '../../platform/http/pagination/index.js';
import type { WsgiMountListQuery } from './wsgi-mount.dto.js';

/** Tenant data: every read takes the caller's scope; a tenant sees its own mounts only. */
@Injectable()
export class WsgiMountRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Another tenant's mount, or an admin app, reads as absent to a tenant (404, never 403). */
  findMountInScope(id: string, scope: TenantScope): Promise<WsgiMountRow | null> {
    return this.db.wsgiMount.findFirst({ where: { AND: [{ id }, ownedByScope(scope)] } });
  }

  /**
   * The server of a vhost the caller may mount into: any vhost for an admin; for a tenant, a vhost holding
   * one of its directories (the only places its scripts may live). null = 404.
   */
  async serverOfVirtualHostInScope(virtualHostId: string, scope: TenantScope): Promise<string | null> {
    const where: Prisma.VirtualHostWhereInput =
      scope.kind === 'admin'
        ? { id: virtualHostId }
        : scope.kind === 'tenant'
          ? { id: virtualHostId, directories: { some: { tenantId: scope.tenantId } } }
          : { id: { in: [] } };
    const row = await this.db.virtualHost.findFirst({ where, select: { serverId: true } });
    return row?.serverId ?? null;
  }

  async listMountsOfVirtualHost<T>(
    virtualHostId: string,
    scope: TenantScope,
    query: WsgiMountListQuery,
    present: (row: WsgiMountRow) => T,
  ): Promise<Page<T>> {
    const ks = keyset(query, 'createdAt');
    const rows = await this.db.wsgiMount.findMany({
      where: { AND: [{ virtualHostId }, ks.where, ownedByScope(scope)] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, present);
  }

  createMount(tx: Transaction, serverId: string, mount: WsgiMount): Promise<WsgiMountRow> {
    return tx.wsgiMount.create({ data: wsgiMountToRow(mount, serverId) });
  }

  updateMount(tx: Transaction, serverId: string, mount: WsgiMount): Promise<WsgiMountRow> {
    const { id: _id, serverId: _server, ...data } = wsgiMountToRow(mount, serverId);
    return tx.wsgiMount.update({ where: { id: mount.id }, data });
  }

  async deleteMount(tx: Transaction, id: string): Promise<void> {
    await tx.wsgiMount.delete({ where: { id } });
  }
}

function ownedByScope(scope: TenantScope): Prisma.WsgiMountWhereInput {
  switch (scope.kind) {
    case 'admin':
      return {};
    case 'tenant':
      return { tenantId: scope.tenantId };
    case 'none':
      return { id: { in: [] } };
  }
}
