import { Injectable } from '@nestjs/common';
import type { Diagnostic } from '#apache';
import { scopeIncludes, type TenantScope } from '../auth/tenant-scope.js';
import { CachedModel } from '../model-cache/cached-model.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { decideBatch, type QueuedRulesWrite } from './htaccess-batch-decision.js';
import { HtaccessRepository, type LockedServer } from './htaccess.repository.js';

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
    try {
      const outcomes = await this.commit(
        serverId,
        batch.map((pending) => pending.write),
      );
      batch.forEach((pending, i) => pending.settle(outcomes[i] ?? GONE));
    } catch (error) {
      for (const pending of batch) pending.fail(error);
    }
  }

  private async commit(
    serverId: string,
    writes: readonly SubmittedRulesWrite[],
  ): Promise<(GroupCommitOutcome | undefined)[]> {
    const outcomes: (GroupCommitOutcome | undefined)[] = writes.map(() => undefined);
    const known = this.models.current(serverId);
    if (known !== undefined) await this.commitOptimistic(known, writes, outcomes);
    const left = writes.flatMap((write, i) => (outcomes[i] === undefined ? [i] : []));
    if (left.length > 0) {
      const locked = await this.commitLocked(
        serverId,
        left.map((i) => writes[i] as SubmittedRulesWrite),
      );
      left.forEach((i, j) => (outcomes[i] = locked[j]));
    }
    return outcomes;
  }

  /** Decides what `known` can decide and fills it into `outcomes`; the rest stays undefined (locked path). */
  private async commitOptimistic(
    known: CachedModel,
    writes: readonly SubmittedRulesWrite[],
    outcomes: (GroupCommitOutcome | undefined)[],
  ): Promise<void> {
    const owned = (write: SubmittedRulesWrite): boolean =>
      known.index.directoriesById.get(write.directoryId)?.tenantId === write.tenantId;
    const eligible = writes.flatMap((write, i) => (owned(write) ? [i] : []));
    const decision = decideBatch(
      known,
      eligible.map((i) => writes[i] as SubmittedRulesWrite),
    );
    let revisions = new Map<string, number>();
    if (decision.accepted.length > 0) {
      const written = await this.repository.replaceRulesAtRevision(
        known.serverId,
        known.revision,
        decision.accepted,
      );
      if (written === null) return;
      this.models.remember(decision.successor());
      revisions = written;
    }
    eligible.forEach((i, j) => {
      const verdict = decision.verdicts[j];
      const write = writes[i] as SubmittedRulesWrite;
      outcomes[i] =
        verdict?.kind === 'refused'
          ? {
              kind: 'refused',
              diagnostics: verdict.diagnostics,
              ifMatchChecked: write.expectedRevisions === null,
            }
          : { kind: 'written', revision: revisions.get(write.directoryId) ?? -1 };
    });
  }

  private async commitLocked(
    serverId: string,
    writes: readonly SubmittedRulesWrite[],
  ): Promise<GroupCommitOutcome[]> {
    let successor: CachedModel | undefined;
    const outcomes = await this.repository.withServerLocked(serverId, async (locked) => {
      const known = await this.modelUnderLock(serverId, locked);
      const current = await locked.directoryRevisions(writes.map((write) => write.directoryId));
      const decided: GroupCommitOutcome[] = [];
      const eligible: number[] = [];
      writes.forEach((write, i) => {
        const directory = known.index.directoriesById.get(write.directoryId);
        const revision = current.get(write.directoryId)?.htaccessRevision;
        if (
          directory === undefined ||
          revision === undefined ||
          !scopeIncludes(write.scope, directory.tenantId)
        ) {
          decided[i] = GONE;
        } else if (write.expectedRevisions !== null && !write.expectedRevisions.includes(revision)) {
          decided[i] = { kind: 'stale', currentRevision: revision };
        } else eligible.push(i);
      });
      const decision = decideBatch(
        known,
        eligible.map((i) => writes[i] as SubmittedRulesWrite),
      );
      let revisions = new Map<string, number>();
      if (decision.accepted.length > 0) {
        const written = await locked.replaceRules(decision.accepted);
        // Cannot happen under the lock: the revision and every If-Match were checked in this transaction.
        if (written === null)
          throw new Error(`the locked .htaccess write on server ${serverId} applied nothing`);
        successor = decision.successor();
        revisions = written;
      }
      eligible.forEach((i, j) => {
        const verdict = decision.verdicts[j];
        const directoryId = writes[i]?.directoryId ?? '';
        decided[i] =
          verdict?.kind === 'refused'
            ? { kind: 'refused', diagnostics: verdict.diagnostics, ifMatchChecked: true }
            : { kind: 'written', revision: revisions.get(directoryId) ?? -1 };
      });
      return decided;
    });
    // Remembered after the commit: the cache must never hold a model that might still roll back.
    if (successor !== undefined) this.models.remember(successor);
    return outcomes ?? writes.map(() => GONE);
  }

  /** The model at the locked revision: this process's cached one when it is exactly that, else loaded. */
  private async modelUnderLock(serverId: string, locked: LockedServer): Promise<CachedModel> {
    const cached = this.models.peek(serverId);
    if (cached?.revision === locked.modelRevision) return cached;
    return new CachedModel(serverId, locked.modelRevision, await locked.loadModel());
  }
}

function inBatch(directoryId: string): (pending: Pending) => boolean {
  return (pending) => pending.write.directoryId === directoryId;
}
