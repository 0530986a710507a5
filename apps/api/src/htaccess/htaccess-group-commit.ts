import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hasErrors, validateDirectory, type Diagnostic, type Directory, type HtaccessRule } from '#apache';
import type { Principal } from '../auth/principal.js';
import { CachedModel } from '../model-cache/cached-model.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { asPersistenceConflict } from '../model-store/persistence-conflict.js';
import { HtaccessBatchRepository, type BatchedRulesWrite } from './htaccess-batch.repository.js';
import { inheritPositions, positionsOf } from './directory-positions.js';
import { withLazyDirectories } from './lazy-directories.js';
import { OverlayMap } from './overlay-map.js';

/** One queued .htaccess PUT, already parsed against the cached model. */
export interface QueuedRulesWrite {
  principal: Principal;
  directoryId: string;
  /** The owner the caller saw in the cached model; a change of owner sends the write to the exact path. */
  tenantId: string;
  rules: readonly HtaccessRule[];
  expectedRevision: number | null;
  before: unknown;
  after: unknown;
}

export type GroupCommitOutcome =
  | { kind: 'written'; revision: number }
  | { kind: 'refused'; diagnostics: Diagnostic[] }
  /** Not decided here (no current model, owner changed, another replica wrote, stale If-Match): use the locked path. */
  | { kind: 'fallback' };

interface Pending {
  write: QueuedRulesWrite;
  settle: (outcome: GroupCommitOutcome) => void;
  fail: (error: unknown) => void;
}

/** Enough to amortise the commit, small enough that one statement stays short. */
const MAX_BATCH = 64;

/**
 * Group commit of .htaccess writes per server. Writes to one server are serialised anyway (they all bump
 * servers.model_revision); instead of one statement and one commit each, the writes that queued while a
 * batch was committing are drained as the next batch: each is validated on its own (validateDirectory)
 * against the cached model INCLUDING the earlier accepted writes of the batch; a refused one is reverted and
 * answers 422; the accepted ones commit together in one statement guarded by the cached model_revision,
 * each with its own audit event and new htaccess_revision (ETag). If the guard fails (another replica
 * wrote), every write of the batch takes the exact path. A directory appears at most once per batch, so
 * If-Match and ordering keep their one-at-a-time meaning.
 */
@Injectable()
export class HtaccessGroupCommit {
  private readonly queues = new Map<string, Pending[]>();

  constructor(
    private readonly models: ModelCache,
    private readonly repository: HtaccessBatchRepository,
  ) {}

  submit(serverId: string, write: QueuedRulesWrite): Promise<GroupCommitOutcome> {
    return new Promise((settle, fail) => {
      const queue = this.queues.get(serverId);
      if (queue !== undefined) {
        queue.push({ write, settle, fail });
        return;
      }
      this.queues.set(serverId, [{ write, settle, fail }]);
      void this.drain(serverId);
    });
  }

  private async drain(serverId: string): Promise<void> {
    for (;;) {
      const queue = this.queues.get(serverId) ?? [];
      if (queue.length === 0) {
        this.queues.delete(serverId);
        return;
      }
      const batch = takeBatch(queue);
      try {
        const outcomes = await this.models.exclusive(serverId, () => this.commit(serverId, batch));
        batch.forEach((pending, i) => pending.settle(outcomes[i] ?? { kind: 'fallback' }));
      } catch (error) {
        for (const pending of batch) pending.fail(asPersistenceConflict(error));
      }
    }
  }

  private async commit(serverId: string, batch: readonly Pending[]): Promise<GroupCommitOutcome[]> {
    const fallback = batch.map((): GroupCommitOutcome => ({ kind: 'fallback' }));
    const known = this.models.current(serverId);
    if (known === undefined) return fallback;
    // Nothing O(directories) per batch: the id lookup is shared copy-on-write, the directory list is rebuilt
    // only if read (withLazyDirectories), positions are shared by every revision (rules-only writes never move
    // a directory). validateDirectory reads the index only.
    const positions = positionsOf(known);
    const changes = new Map<string, Directory>();
    const base = known.index.directoriesById;
    // A live view: later writes of the batch are validated against the earlier accepted ones.
    const directoriesById = OverlayMap.view(base, changes);
    const model = withLazyDirectories(known.model, directoriesById, positions);
    const index = { ...known.index, model, directoriesById };
    const outcomes: GroupCommitOutcome[] = [];
    const accepted: BatchedRulesWrite[] = [];
    for (const { write } of batch) {
      const current = directoriesById.get(write.directoryId);
      if (current === undefined || !positions.has(write.directoryId) || current.tenantId !== write.tenantId) {
        outcomes.push({ kind: 'fallback' });
        continue;
      }
      const changed: Directory = { ...current, rules: [...write.rules] };
      changes.set(changed.id, changed);
      const diagnostics = validateDirectory(model, changed.id, index, changed);
      if (hasErrors(diagnostics)) {
        changes.delete(changed.id);
        outcomes.push({ kind: 'refused', diagnostics });
        continue;
      }
      outcomes.push({ kind: 'written', revision: -1 });
      accepted.push(toBatched(write));
    }
    if (accepted.length === 0) return outcomes;
    const revisions = await this.repository.replaceRulesAtRevision(serverId, known.revision, accepted);
    if (revisions === null) return fallback;
    const storedById = OverlayMap.replacing(base, changes);
    const storedModel = withLazyDirectories(known.model, storedById, positions);
    const stored = { ...known.index, model: storedModel, directoriesById: storedById };
    const next = new CachedModel(serverId, known.revision + 1, storedModel, stored);
    inheritPositions(next, positions);
    this.models.remember(next);
    return outcomes.map((outcome, i) =>
      outcome.kind === 'written'
        ? { kind: 'written', revision: revisions.get(batch[i]?.write.directoryId ?? '') ?? -1 }
        : outcome,
    );
  }
}

/** The next batch: up to MAX_BATCH writes, stopping before a directory already in it. */
function takeBatch(queue: Pending[]): Pending[] {
  const seen = new Set<string>();
  let count = 0;
  while (count < queue.length && count < MAX_BATCH) {
    const id = queue[count]?.write.directoryId ?? '';
    if (seen.has(id)) break;
    seen.add(id);
    count++;
  }
  return queue.splice(0, count);
}

function toBatched(write: QueuedRulesWrite): BatchedRulesWrite {
  return {
    directoryId: write.directoryId,
    rules: write.rules,
    expectedRevision: write.expectedRevision,
    audit: {
      id: randomUUID(),
      actorUserId: write.principal.userId,
      credentialId: write.principal.credentialId,
      tenantId: write.tenantId,
      before: write.before,
      after: write.after,
    },
  };
}
