import type { ServerModel } from '#apache';
import type { Prisma } from '#db';
import { AppError } from '../common/errors/app-error.js';
import type { ServerModelLoader } from '../model-store/server-model.loader.js';

const ATTEMPTS = 5;

/**
 * The server's model as ONE committed state, without blocking writers for the length of an apply. Every
 * model write bumps servers.model_revision in its own transaction; the loader's reads run under READ
 * COMMITTED, so if the revision is the same before and after them, no write committed in between
 * (a seqlock). Holding the row lock instead would stall every edit for the seconds a reload takes.
 */
export async function loadConsistentModel(
  tx: Prisma.TransactionClient,
  loader: ServerModelLoader,
  serverId: string,
): Promise<ServerModel> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const before = await modelRevision(tx, serverId);
    if (before === null) throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    const model = await loader.load(tx, serverId);
    if ((await modelRevision(tx, serverId)) === before) return model;
  }
  throw new AppError(
    'CONFLICT',
    'The server model kept changing while it was being read; retry the publish.',
  );
}

async function modelRevision(tx: Prisma.TransactionClient, serverId: string): Promise<number | null> {
  const rows = await tx.$queryRaw<{ model_revision: number }[]>`
    SELECT model_revision FROM servers WHERE id = ${serverId}`;
  return rows[0]?.model_revision ?? null;
}
