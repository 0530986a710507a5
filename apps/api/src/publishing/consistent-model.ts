import { CachedModel } from '../model-cache/cached-model.js';
import type { ModelCache } from '../model-cache/model-cache.js';
import { serverNotFound } from './publish-errors.js';
import type { RevisionTransaction } from './revision-transaction.repository.js';

const ATTEMPTS = 5;

/**
 * The server's model as the model cache has it, fetched BEFORE a publish opens its transaction (a cache
 * miss loads on another pool connection, which must never happen while a transaction holds one and the
 * lock: with every connection held by a publish waiting on the lock, that would deadlock the pool). Its
 * validation and index are built at most once per revision, so a dry run followed by the publish validates
 * once. modelUnderLock() then confirms it is still current.
 */
export async function modelBeforeLock(models: ModelCache, serverId: string): Promise<CachedModel> {
  const cached = await models.get(serverId);
  if (cached === null) throw serverNotFound(serverId);
  return cached;
}

/**
 * The model a publish renders: exactly the one at the model_revision committed when the publish lock was
 * taken, so a publish never puts an older model live over a newer one that an earlier lock holder published.
 * Under the lock one SELECT tells whether `early` is still current; if a write committed meanwhile, the cache
 * may already hold that revision (peek), and only otherwise is the model read again through the locked
 * transaction itself.
 */
export async function modelUnderLock(
  tx: RevisionTransaction,
  models: ModelCache,
  serverId: string,
  early: CachedModel,
): Promise<CachedModel> {
  const revision = await tx.modelRevision(serverId);
  if (revision === null) throw serverNotFound(serverId);
  if (early.revision === revision) return early;
  const known = models.peek(serverId);
  if (known !== undefined && known.revision === revision) return known;
  return loadConsistentModel(tx, serverId);
}

/**
 * The server's model as ONE committed state, read through `tx`. Every model write bumps
 * servers.model_revision in its own transaction; the loader's reads run under READ COMMITTED, so if the
 * revision is the same before and after them, no write committed in between (a seqlock).
 */
async function loadConsistentModel(tx: RevisionTransaction, serverId: string): Promise<CachedModel> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const before = await tx.modelRevision(serverId);
    if (before === null) throw serverNotFound(serverId);
    const model = await tx.loadModel(serverId);
    if ((await tx.modelRevision(serverId)) === before) return new CachedModel(serverId, before, model);
  }
  // Writers kept committing between the reads (a busy server on a loaded machine): stop them for one read instead of
  // failing the publish. FOR SHARE is held only until this short transaction ends.
  const held = await tx.modelRevisionHeldStill(serverId);
  if (held === null) throw serverNotFound(serverId);
  return new CachedModel(serverId, held, await tx.loadModel(serverId));
}
