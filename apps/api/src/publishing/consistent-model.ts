import type { Prisma } from '#db';
import { AppError } from '../platform/errors/app-error.js';
import { CachedModel } from '../model-cache/cached-model.js';
import type { ModelCache } from '../model-cache/model-cache.js';
import type { ServerModelLoader } from '../model-store/server-model.loader.js';

const ATTEMPTS = 5;

/**
 * The model a publish renders: exactly the one at the model_revision committed when the publish lock was
 * taken, so a publish never puts an older model live over a newer one that an earlier lock holder published.
 *
 * `early` is the model cache's answer fetched BEFORE the transaction (a cache miss loads on another pool
 * connection, which must never happen while this transaction holds one and the lock: with every connection
 * held by a publish waiting on the lock, that would deadlock the pool). Under the lock one SELECT tells whether
 * it is still current; if a write committed meanwhile, the cache may already hold that revision (peek), and
 * only otherwise is the model read again through the locked transaction itself.
 */
export async function modelUnderLock(
  tx: Prisma.TransactionClient,
  models: ModelCache,
  loader: ServerModelLoader,
  serverId: string,
  early: CachedModel,
): Promise<CachedModel> {
  const revision = await modelRevision(tx, serverId);
  if (revision === null) throw serverNotFound(serverId);
  if (early.revision === revision) return early;
  const known = models.peek(serverId);
  if (known !== undefined && known.revision === revision) return known;
  return loadConsistentModel(tx, loader, serverId);
}

/**
 * The server's model as ONE committed state, read through `tx`. Every model write bumps
 * servers.model_revision in its own transaction; the loader's reads run under READ COMMITTED, so if the
 * revision is the same before and after them, no write committed in between (a seqlock).
 */
async function loadConsistentModel(
  tx: Prisma.TransactionClient,
  loader: ServerModelLoader,
  serverId: string,
): Promise<CachedModel> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const before = await modelRevision(tx, serverId);
    if (before === null) throw serverNotFound(serverId);
    const model = await loader.load(tx, serverId);
    if ((await modelRevision(tx, serverId)) === before) return new CachedModel(serverId, before, model);
  }
  throw new AppError(
    'CONFLICT',
    'The server model kept changing while it was being read; retry the publish.',
  );
}

export function serverNotFound(serverId: string): AppError {
  return new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
}

async function modelRevision(tx: Prisma.TransactionClient, serverId: string): Promise<number | null> {
  const rows = await tx.$queryRaw<{ model_revision: number }[]>`
    SELECT model_revision FROM servers WHERE id = ${serverId}`;
  return rows[0]?.model_revision ?? null;
}
