import { Inject, Injectable } from '@nestjs/common';
import type { Directory as DirectoryRow, Prisma } from '#db';
import { keyset, type Page } from '../../platform/http/pagination/index.js';
import type { Database } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import type { DirectoryScope } from './directory-scope.js';
import type { DirectoryListQuery } from './directory.dto.js';

/** Tenant data: every read takes the caller's scope (required), so no query can forget it. */
@Injectable()
export class DirectoryRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Another tenant's directory reads as absent (the caller answers 404, never 403). */
  findVisible(id: string, scope: DirectoryScope): Promise<DirectoryRow | null> {
    return this.db.directory.findFirst({ where: { id, ...tenantFilter(scope) } });
  }

  async list<T>(
    scope: DirectoryScope,
    query: DirectoryListQuery,
    present: (row: DirectoryRow) => T,
  ): Promise<Page<T>> {
    const ks = keyset(query, 'createdAt');
    const filters: Prisma.DirectoryWhereInput = {
      ...(query.path !== undefined ? { path: query.path } : {}),
      ...(query.tenantId !== undefined ? { tenantId: query.tenantId } : {}),
      ...(query.virtualHostId !== undefined ? { virtualHostId: query.virtualHostId } : {}),
      ...(query.serverId !== undefined ? { serverId: query.serverId } : {}),
      ...(query.serverName !== undefined
        ? { virtualHost: { serverName: { equals: query.serverName, mode: 'insensitive' } } }
        : {}),
    };
    const rows = await this.db.directory.findMany({
      // The scope is ANDed last and separately, so no filter combination can widen it.
      where: { AND: [filters, ks.where, tenantFilter(scope)] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, present);
  }
}

function tenantFilter(scope: DirectoryScope): Prisma.DirectoryWhereInput {
  return scope === null ? {} : { tenantId: scope };
}
