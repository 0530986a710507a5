import { Injectable } from '@nestjs/common';
import type { Diagnostic } from '#apache';
import { scopeIncludes, type TenantScope } from '../auth/tenant-scope.js';
import { CachedModel } from '../model-cache/cached-model.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { decideBatch, type QueuedRulesWrite } from './htaccess-batch-decision.js';
import { HtaccessRepository, type LockedServer, type RulesWrite } from './htaccess.repository.js';

/** A PUT as submitted: the scope it was made in, and the owner the caller saw. */
export interface SubmittedRulesWrite extends QueuedRulesWrite {
  readonly scope: TenantScope;
  /** The owner the caller saw; a change of owner sends the write to the locked path. */
  readonly tenantId: string;
}

export type GroupCommitOutcome =
  | { kind: 'written'; revision: number }
  /**
   * The engine refused it. `ifMatchChecked` is false when it was decided without the lock, which never
   * reads the directory's htaccess_revision: the caller then checks a conditional write's If-Match (412 wins).
   */
  | { kind: 'refused'; diagnostics: Diagnostic[]; ifMatchChecked: boolean }
  /** If-Match does not accept the current revision (412). */
  | { kind: 'stale'; currentRevision: number }
  /** Gone, or no longer the caller's (404). */
  | { kind: 'gone' };

/** A write of the batch being committed, with its outcome once decided. */
interface Entry {
  readonly write: SubmittedRulesWrite;
  outcome?: GroupCommitOutcome;
}

interface Pending {
  write: SubmittedRulesWrite;
  settle: (outcome: GroupCommitOutcome) => void;
  fail: (error: unknown) => void;
}

/** Enough to amortise the commit, small enough that one statement stays short. */
const MAX_BATCH = 64;
const GONE: GroupCommitOutcome = { kind: 'gone' };

/**
 * The ONE write path of tenants' .htaccess files: a group commit per server. Writes to one server are
 * serialised anyway (they all bump servers.model_revision); instead of one statement and one commit each, the
 * writes submitted while a batch commits form the next batch. The batches of a server run one after another
 * in ModelCache.exclusive (the cache's KeyedSerialExecutor), so a read that misses the cache meanwhile waits
 * for the model the batch remembers instead of reloading the server. Each batch is decided by decideBatch — every write validated once — and stored
 * by HtaccessRepository.replaceRulesAtRevision, in one of two ways:
 * - optimistic (the common case, one round trip): against the cached model while it is known to be current,
 *   committed by the statement guarded by that model_revision;
 * - locked (nothing cached as current, the directory's owner changed, or the guard failed because another
 *   replica wrote or an If-Match is stale): the same statement inside a transaction holding the server row
 *   lock, after the 404 and 412 checks made under the lock — the exact answer.
 * A directory appears at most once per batch, so If-Match and ordering keep their one-at-a-time meaning.
 */
@Injectable()
export class HtaccessGroupCommit {
  /** Per server, the batch waiting for its turn: writes submitted meanwhile join it. */
  private readonly forming = new Map<string, Pending[]>();

  constructor(
    private readonly models: ModelCache,
    private readonly repository: HtaccessRepository,
  ) {}

  submit(serverId: string, write: SubmittedRulesWrite): Promise<GroupCommitOutcome> {
    return new Promise((settle, fail) => {
      const pending = { write, settle, fail };
      const batch = this.forming.get(serverId);
      if (batch !== undefined && batch.length < MAX_BATCH && !batch.some(inBatch(write.directoryId))) {
        batch.push(pending);
        return;
      }
      const next = [pending];
      this.forming.set(serverId, next);
      void this.models.exclusive(serverId, () => this.run(serverId, next));
    });
  }

  private async run(serverId: string, batch: Pending[]): Promise<void> {
    // Its turn: the batch is closed, later writes form the next one.
    if (this.forming.get(serverId) === batch) this.forming.delete(serverId);
    const entries: Entry[] = batch.map((pending) => ({ write: pending.write }));
    try {
      await this.commit(serverId, entries);
      batch.forEach((pending, i) => pending.settle(entries[i]?.outcome ?? GONE));
    } catch (error) {
      for (const pending of batch) pending.fail(error);
    }
  }

  /** Optimistic first for what the current cached model can decide; the rest (or all, if it lost) locked. */
  private async commit(serverId: string, entries: Entry[]): Promise<void> {
    const known = this.models.current(serverId);
    if (known !== undefined) {
      const owned = entries.filter(
        (entry) =>
          known.index.directoriesById.get(entry.write.directoryId)?.tenantId === entry.write.tenantId,
      );
      const store = (accepted: readonly RulesWrite[]) =>
        this.repository.replaceRulesAtRevision(serverId, known.revision, accepted);
      const successor = await decideAndStore(known, owned, store, false);
      if (successor !== undefined) this.models.remember(successor);
    }
    const left = entries.filter((entry) => entry.outcome === undefined);
    if (left.length > 0) await this.commitLocked(serverId, left);
  }

  /** Under the server row lock: 404 and 412 from the committed rows, then the same decision and statement. */
  private async commitLocked(serverId: string, entries: readonly Entry[]): Promise<void> {
    let successor: CachedModel | undefined;
    const found = await this.repository.withServerLocked(serverId, async (locked) => {
      const known = await this.modelUnderLock(serverId, locked);
      const revisions = await locked.directoryRevisions(entries.map((entry) => entry.write.directoryId));
      for (const entry of entries) entry.outcome = precondition(entry.write, known, revisions);
      const open = entries.filter((entry) => entry.outcome === undefined);
      successor = await decideAndStore(known, open, (accepted) => storeLocked(locked, accepted), true);
      return true;
    });
    if (found === null) for (const entry of entries) entry.outcome = GONE;
    // Remembered after the commit: the cache must never hold a model that might still roll back.
    if (successor !== undefined) this.models.remember(successor);
  }

  /** The model at the locked revision: this process's cached one when it is exactly that, else loaded. */
  private async modelUnderLock(serverId: string, locked: LockedServer): Promise<CachedModel> {
    const cached = this.models.peek(serverId);
    if (cached?.revision === locked.modelRevision) return cached;
    return new CachedModel(serverId, locked.modelRevision, await locked.loadModel());
  }
}

/**
 * Decides the entries on `known` (decideBatch) and stores the accepted ones with `store`, then sets each
 * entry's outcome. When `store` wrote nothing (its guard failed) no outcome is set and the entries stay open.
 * Returns the model after the write when something was written.
 */
async function decideAndStore(
  known: CachedModel,
  entries: readonly Entry[],
  store: (accepted: readonly RulesWrite[]) => Promise<Map<string, number> | null>,
  underLock: boolean,
): Promise<CachedModel | undefined> {
  const decision = decideBatch(
    known,
    entries.map((entry) => entry.write),
  );
  const written = decision.accepted.length > 0 ? await store(decision.accepted) : new Map<string, number>();
  if (written === null) return undefined;
  entries.forEach((entry, i) => {
    const verdict = decision.verdicts[i];
    entry.outcome =
      verdict?.kind === 'refused'
        ? {
            kind: 'refused',
            diagnostics: verdict.diagnostics,
            ifMatchChecked: underLock || entry.write.expectedRevisions === null,
          }
        : { kind: 'written', revision: written.get(entry.write.directoryId) ?? -1 };
  });
  return decision.accepted.length > 0 ? decision.successor() : undefined;
}

/** 404 when the directory is gone or no longer in the caller's scope, 412 when If-Match refuses its revision. */
function precondition(
  write: SubmittedRulesWrite,
  known: CachedModel,
  revisions: ReadonlyMap<string, { htaccessRevision: number }>,
): GroupCommitOutcome | undefined {
  const directory = known.index.directoriesById.get(write.directoryId);
  const revision = revisions.get(write.directoryId)?.htaccessRevision;
  if (directory === undefined || revision === undefined || !scopeIncludes(write.scope, directory.tenantId)) {
    return GONE;
  }
  if (write.expectedRevisions !== null && !write.expectedRevisions.includes(revision)) {
    return { kind: 'stale', currentRevision: revision };
  }
  return undefined;
}

async function storeLocked(
  locked: LockedServer,
  accepted: readonly RulesWrite[],
): Promise<Map<string, number>> {
  const written = await locked.replaceRules(accepted);
  // Cannot happen: the revision and every If-Match were checked in this very transaction, under the lock.
  if (written === null) throw new Error('the .htaccess statement wrote nothing under the server lock');
  return written;
}

function inBatch(directoryId: string): (pending: Pending) => boolean {
  return (pending) => pending.write.directoryId === directoryId;
}
