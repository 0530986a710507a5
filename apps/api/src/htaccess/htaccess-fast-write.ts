import { randomUUID } from 'node:crypto';
import { hasErrors, validateDirectory, type Directory, type HtaccessRule, type ServerModel } from '#apache';
import type { Principal } from '../auth/principal.js';
import { CachedModel } from '../model-cache/cached-model.js';
import type { ModelCache } from '../model-cache/model-cache.js';
import { asPersistenceConflict } from '../model-store/persistence-conflict.js';
import type { HtaccessDirectory, HtaccessRepository } from './htaccess.repository.js';
import { inheritPositions, positionsOf } from './directory-positions.js';
import { withLazyDirectories } from './lazy-directories.js';
import { OverlayMap } from './overlay-map.js';

export interface FastWriteInput {
  principal: Principal;
  row: HtaccessDirectory;
  rules: readonly HtaccessRule[];
  /** If-Match given (not "*"): the write must still find row.htaccessRevision. */
  conditional: boolean;
  /** Audit snapshots, exactly as the locked path records them. */
  before: unknown;
  after: unknown;
}

/**
 * The common case of an .htaccess PUT in one round trip: this process already caches the server's model,
 * so the change is validated against it in memory (validateDirectory) and written by one statement that
 * commits only if the server is still at that cached revision (HtaccessRepository.replaceRulesAtRevision).
 * Returns null whenever that is not certain — no cached model, the directory or its tenant differ in the
 * cache, a validation error, a stale If-Match, another replica's write — and the caller then runs the
 * locked ModelWriteService path, which gives the exact answer (404, 412, 422 or the write). Must run inside
 * ModelCache.exclusive() so that this process's writes of one server never race each other's revision.
 */
export async function tryFastRulesWrite(
  models: ModelCache,
  repository: HtaccessRepository,
  input: FastWriteInput,
): Promise<number | null> {
  const { row, principal } = input;
  const known = models.peek(row.serverId);
  if (known === undefined) return null;
  const current = known.index.directoriesById.get(row.id);
  const positions = positionsOf(known);
  if (current === undefined || !positions.has(row.id)) return null;
  const directory: Directory = { ...current, rules: [...input.rules] };
  if (!sameOwner(directory, row, principal)) return null;
  // Rules-only change: the lookup shares the previous revision's map copy-on-write (OverlayMap) and the
  // directory list is only rebuilt if read (withLazyDirectories): nothing O(directories) per write.
  const directoriesById = OverlayMap.replacing(known.index.directoriesById, new Map([[row.id, directory]]));
  const model = withLazyDirectories(known.model, directoriesById, positions);
  if (!valid(model, directory, known)) return null;
  let revision: number | null;
  try {
    revision = await repository.replaceRulesAtRevision({
      serverId: row.serverId,
      directoryId: row.id,
      modelRevision: known.revision,
      rules: input.rules,
      expectedRevision: input.conditional ? row.htaccessRevision : null,
      audit: {
        id: randomUUID(),
        actorUserId: principal.userId,
        credentialId: principal.credentialId,
        tenantId: row.tenantId,
        before: input.before,
        after: input.after,
      },
    });
  } catch (error) {
    throw asPersistenceConflict(error);
  }
  if (revision === null) return null;
  const index = { ...known.index, model, directoriesById };
  const next = new CachedModel(row.serverId, known.revision + 1, model, index);
  inheritPositions(next, positions);
  models.remember(next);
  return revision;
}

function sameOwner(directory: Directory, row: HtaccessDirectory, principal: Principal): boolean {
  return (
    directory.tenantId === row.tenantId && (principal.role === 'admin' || principal.tenantId === row.tenantId)
  );
}

function valid(after: ServerModel, directory: Directory, known: CachedModel): boolean {
  return !hasErrors(validateDirectory(after, directory.id, known.index, directory));
}
