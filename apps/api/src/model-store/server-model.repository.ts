import { Inject, Injectable } from '@nestjs/common';
import type { ServerModel } from '#apache';
import { AppError } from '../platform/errors/app-error.js';
import type { Database, Queryable, Transaction } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import { daemonGroupFromRow } from './mappers/daemon-group.mapper.js';
import { directoryFromRow } from './mappers/directory.mapper.js';
import { serverSettingsFromRow } from './mappers/server.mapper.js';
import { tenantFromRow } from './mappers/tenant.mapper.js';
import { virtualHostFromRow } from './mappers/virtual-host.mapper.js';
import { wsgiMountFromRow } from './mappers/wsgi-mount.mapper.js';

export interface LoadOptions {
  /**
   * Tenants to include besides those the server already references. A write that attaches a tenant to
   * this server for the first time (a new directory or tenant group) passes its id so validate() sees it.
   */
  readonly tenantIds?: readonly string[];
}

/** Creation order: the first vhost is Apache's default for unknown hosts, so the order means something. */
const CREATION_ORDER = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/**
 * A server's model as one thing: every row of the server read into the engine's plain ServerModel, and the
 * server-row locks and model_revision bumps by which every model write is serialised and counted.
 */
@Injectable()
export class ServerModelRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async serverExists(serverId: string): Promise<boolean> {
    return (await this.db.server.count({ where: { id: serverId } })) > 0;
  }

  /** The server a virtual host belongs to; null when the virtual host does not exist. */
  async serverIdOfVirtualHost(virtualHostId: string): Promise<string | null> {
    const row = await this.db.virtualHost.findUnique({
      where: { id: virtualHostId },
      select: { serverId: true },
    });
    return row?.serverId ?? null;
  }

  /**
   * Tenants are global rows, so the model holds those the server references (through a daemon group or a
   * directory) plus any asked for. 404 when the server does not exist. `db` is the caller's transaction
   * when the model must agree with what it locked or snapshotted.
   */
  async load(db: Queryable, serverId: string, options: LoadOptions = {}): Promise<ServerModel> {
    const server = await db.server.findUnique({ where: { id: serverId } });
    if (server === null) throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    const [groups, vhosts, directories, mounts] = await Promise.all([
      db.daemonGroup.findMany({ where: { serverId }, orderBy: CREATION_ORDER }),
      db.virtualHost.findMany({ where: { serverId }, orderBy: CREATION_ORDER }),
      db.directory.findMany({
        where: { serverId },
        orderBy: CREATION_ORDER,
        include: { rules: { orderBy: { position: 'asc' } } },
      }),
      db.wsgiMount.findMany({ where: { serverId }, orderBy: CREATION_ORDER }),
    ]);
    const tenantIds = new Set<string>(options.tenantIds ?? []);
    for (const group of groups) if (group.tenantId !== null) tenantIds.add(group.tenantId);
    for (const directory of directories) tenantIds.add(directory.tenantId);
    for (const mount of mounts) if (mount.tenantId !== null) tenantIds.add(mount.tenantId);
    const tenants =
      tenantIds.size === 0
        ? []
        : await db.tenant.findMany({ where: { id: { in: [...tenantIds] } }, orderBy: CREATION_ORDER });
    return {
      ...serverSettingsFromRow(server),
      daemonGroups: groups.map(daemonGroupFromRow),
      virtualHosts: vhosts.map(virtualHostFromRow),
      tenants: tenants.map(tenantFromRow),
      directories: directories.map((row) => directoryFromRow(row, row.rules)),
      wsgiMounts: mounts.map(wsgiMountFromRow),
    };
  }

  /**
   * Locks the server row FOR UPDATE (every model writer of the server queues here) and counts the write in
   * its model_revision, which commits or rolls back with the write. Raw SQL on purpose: a model change must
   * not touch the server row's own updated_at. Returns the revision the model was at before this write, or
   * null when the server does not exist.
   */
  async lockForWrite(tx: Transaction, serverId: string): Promise<number | null> {
    const rows = await tx.$queryRaw<{ model_revision: number }[]>`
      UPDATE servers SET model_revision = model_revision + 1
      WHERE id = (SELECT id FROM servers WHERE id = ${serverId} FOR UPDATE)
      RETURNING model_revision`;
    const after = rows[0]?.model_revision;
    return after === undefined ? null : after - 1;
  }

  /**
   * lockForWrite for several servers, locked in id order (the order every multi-server writer uses, so two
   * of them cannot deadlock). Returns those that exist, each with the revision its model was at before.
   */
  async lockAllForWrite(
    tx: Transaction,
    serverIds: readonly string[],
  ): Promise<{ id: string; revision: number }[]> {
    if (serverIds.length === 0) return [];
    const ids = [...serverIds];
    await tx.$queryRaw`SELECT id FROM servers WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
    const counted = await tx.$queryRaw<{ id: string; model_revision: number }[]>`
      UPDATE servers SET model_revision = model_revision + 1 WHERE id = ANY(${ids}::text[])
      RETURNING id, model_revision`;
    return counted.map((row) => ({ id: row.id, revision: row.model_revision - 1 }));
  }

  /** FOR SHARE: a concurrent tenant update or delete (FOR UPDATE) waits for this write, and it for them. */
  async lockTenantsForShare(tx: Transaction, tenantIds: readonly string[]): Promise<void> {
    if (tenantIds.length === 0) return;
    await tx.$queryRaw`SELECT id FROM tenants WHERE id = ANY(${[...tenantIds]}::text[]) FOR SHARE`;
  }
}
