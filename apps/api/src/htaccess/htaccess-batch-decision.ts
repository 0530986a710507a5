import { hasErrors, validateDirectory, type Diagnostic, type Directory, type HtaccessRule } from '#apache';
import type { Principal } from '../auth/principal.js';
import { CachedModel } from '../model-cache/cached-model.js';
import { inheritPositions, positionsOf } from './directory-positions.js';
import { documentRule } from './htaccess-document.presenter.js';
import type { RulesWrite } from './htaccess.repository.js';
import { withLazyDirectories } from './lazy-directories.js';
import { OverlayMap } from './overlay-map.js';

/** One .htaccess PUT as the group commit receives it: parsed once, not yet validated. */
export interface QueuedRulesWrite {
  readonly principal: Principal;
  readonly directoryId: string;
  readonly rules: readonly HtaccessRule[];
  /** The htaccess_revisions If-Match accepts; null = unconditional. */
  readonly expectedRevisions: readonly number[] | null;
}

export type Verdict = { kind: 'accepted' } | { kind: 'refused'; diagnostics: Diagnostic[] };

export interface BatchDecision {
  /** Per write, in the batch's order. */
  readonly verdicts: Verdict[];
  /** The accepted writes, as the statement takes them. */
  readonly accepted: RulesWrite[];
  /** The model with the accepted writes applied, at the next model_revision: cache it once they commit. */
  successor(): CachedModel;
}

/**
 * THE validation of an .htaccess write: each write of a batch is checked once (validateDirectory, O(rules))
 * against `known` INCLUDING the earlier accepted writes of the batch, and a refused one is reverted — as if
 * they had run one after another. Rules cannot change any other object's diagnostics, so the incremental
 * check gives the whole-server verdict; it also re-checks what the text parser assumed of the directory
 * (AllowOverride, the selector's variable), so a body parsed against an older model cannot slip through.
 * Every write's directory must be in `known`, and a directory appears at most once per batch.
 *
 * Nothing O(directories) per batch: the id lookup is shared copy-on-write (OverlayMap), the directory list
 * is rebuilt only if read (withLazyDirectories), positions are shared by every revision (rules-only writes
 * never move a directory). validateDirectory reads the index only.
 */
export function decideBatch(known: CachedModel, writes: readonly QueuedRulesWrite[]): BatchDecision {
  const positions = positionsOf(known);
  const base = known.index.directoriesById;
  const changes = new Map<string, Directory>();
  // A live view: later writes of the batch are validated against the earlier accepted ones.
  const directoriesById = OverlayMap.view(base, changes);
  const model = withLazyDirectories(known.model, directoriesById, positions);
  const index = { ...known.index, model, directoriesById };
  const verdicts: Verdict[] = [];
  const accepted: RulesWrite[] = [];
  for (const write of writes) {
    const current = directoriesById.get(write.directoryId);
    if (current === undefined) throw new Error(`directory ${write.directoryId} is not in the model`);
    const changed: Directory = { ...current, rules: [...write.rules] };
    changes.set(changed.id, changed);
    const diagnostics = validateDirectory(model, changed.id, index, changed);
    if (hasErrors(diagnostics)) {
      changes.delete(changed.id);
      verdicts.push({ kind: 'refused', diagnostics });
      continue;
    }
    verdicts.push({ kind: 'accepted' });
    accepted.push({
      directoryId: write.directoryId,
      rules: write.rules,
      expectedRevisions: write.expectedRevisions,
      audit: {
        principal: write.principal,
        tenantId: current.tenantId,
        before: { rules: current.rules.map(documentRule) },
        after: { rules: write.rules.map(documentRule) },
      },
    });
  }
  const successor = (): CachedModel => {
    const storedById = OverlayMap.replacing(base, changes);
    const storedModel = withLazyDirectories(known.model, storedById, positions);
    const stored = { ...known.index, model: storedModel, directoriesById: storedById };
    const next = new CachedModel(known.serverId, known.revision + 1, storedModel, stored);
    inheritPositions(next, positions);
    return next;
  };
  return { verdicts, accepted, successor };
}
