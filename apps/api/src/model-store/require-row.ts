import { AppError } from '../platform/errors/app-error.js';
import type { DbClient } from './db-client.js';

/** The server id of a server that exists, or 404: lists under /servers/{id}/… must not answer an empty page. */
export async function requireServerId(db: DbClient, serverId: string): Promise<string> {
  const row = await db.server.findUnique({ where: { id: serverId }, select: { id: true } });
  if (row === null) throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
  return row.id;
}

/** The owning server of a virtual host, or 404. */
export async function requireVirtualHostServer(db: DbClient, virtualHostId: string): Promise<string> {
  const row = await db.virtualHost.findUnique({ where: { id: virtualHostId }, select: { serverId: true } });
  if (row === null) throw new AppError('NOT_FOUND', `Virtual host ${virtualHostId} does not exist.`);
  return row.serverId;
}
