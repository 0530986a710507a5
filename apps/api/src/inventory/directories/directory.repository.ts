import { Inject, Injectable } from '@nestjs/common';
import type { Directory } from '#apache';
import type { Directory as DirectoryRow, Prisma } from '#db';
import type { TenantScope } from '../../auth/tenant-scope.js';
import { directoryToRow } from '../../model-store/mappers/directory.mapper.js';
import type { Database, Transaction } from '../../platform/database/database.js';
import { DATABASE } from '../../platform/database/database.tokens.js';
import { keyset, type Page } from '../../platform/http/pagination/index.js';
import type { DirectoryListQuery } from './directory.dto.js';

/** Tenant data: every read takes the caller's scope (required), so no query can forget it. */
@Injectable()
export class DirectoryRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** Another tenant's directory reads as absent (the caller answers 404, never 403). */
  findDirectoryInScope(id: string, scope: TenantScope): Promise<DirectoryRow | null> {
    return this.db.directory.findFirst({ where: { AND: [{ id }, ownedInScope(scope)] } });
  }

  /** The row as the caller's write transaction sees it (the server is locked): If-Match compares with it. */
  findDirectoryUnderLock(tx: Transaction, id: string): Promise<DirectoryRow | null> {
    return tx.directory.findUnique({ where: { id } });
  }

  async listDirectories<T>(
    scope: TenantScope,
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
      where: { AND: [filters, ks.where, ownedInScope(scope)] },
      orderBy: ks.orderBy,
      take: ks.take,
    });
    return ks.page(rows, present);
  }

  /** The directory's own columns; its .htaccess rules are the .htaccess feature's to write. */
  createDirectory(tx: Transaction, serverId: string, directory: Directory): Promise<DirectoryRow> {
    return tx.directory.create({ data: directoryToRow(directory, serverId) });
  }

  updateDirectory(tx: Transaction, serverId: string, directory: Directory): Promise<DirectoryRow> {
    const {
      id: _id,
      serverId: _server,
      virtualHostId: _vhost,
      ...data
    } = directoryToRow(directory, serverId);
    return tx.directory.update({ where: { id: directory.id }, data });
  }

  /** Its .htaccess rules go with it (ON DELETE CASCADE). */
  async deleteDirectory(tx: Transaction, id: string): Promise<void> {
    await tx.directory.delete({ where: { id } });
  }
}

function ownedInScope(scope: TenantScope): Prisma.DirectoryWhereInput {
  switch (scope.kind) {
    case 'admin':
      return {};
    case 'tenant':
      return { tenantId: scope.tenantId };
    case 'none':
      return { id: { in: [] } };
  }
}
