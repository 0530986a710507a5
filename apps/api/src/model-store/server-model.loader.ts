import { Injectable } from '@nestjs/common';
import type { ServerModel } from '#apache';
import { AppError } from '../platform/errors/app-error.js';
import type { DbClient } from './db-client.js';
import { daemonGroupFromRow } from './mappers/daemon-group.mapper.js';
import { directoryFromRow } from './mappers/directory.mapper.js';
import { serverSettingsFromRow } from './mappers/server.mapper.js';
import { tenantFromRow } from './mappers/tenant.mapper.js';
import { virtualHostFromRow } from './mappers/virtual-host.mapper.js';

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
 * Reads every row of one server into the engine's plain ServerModel. Tenants are global rows, so the model
 * holds those the server references (through a daemon group or a directory) plus any asked for.
 */
@Injectable()
export class ServerModelLoader {
  async load(db: DbClient, serverId: string, options: LoadOptions = {}): Promise<ServerModel> {
    const server = await db.server.findUnique({ where: { id: serverId } });
    if (server === null) throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    const [groups, vhosts, directories] = await Promise.all([
      db.daemonGroup.findMany({ where: { serverId }, orderBy: CREATION_ORDER }),
      db.virtualHost.findMany({ where: { serverId }, orderBy: CREATION_ORDER }),
      db.directory.findMany({
        where: { serverId },
        orderBy: CREATION_ORDER,
        include: { rules: { orderBy: { position: 'asc' } } },
      }),
    ]);
    const tenantIds = new Set<string>(options.tenantIds ?? []);
    for (const group of groups) if (group.tenantId !== null) tenantIds.add(group.tenantId);
    for (const directory of directories) tenantIds.add(directory.tenantId);
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
    };
  }
}
