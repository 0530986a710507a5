import type { JournaledApply } from './apply-journal.js';
import type { ApplyFailure, ApplyResult } from './apply-result.js';
import { runCommand } from './apply-run.js';
import { removeScratch, restoreBackups } from './file-swap.js';
import { removeJournal } from './journal.js';
import type { CommandOutcome } from './ports/command-runner.port.js';

/** The parts of a rolled-back ApplyResult. */
export type Restored = Pick<ApplyResult, 'failure' | 'rollback' | 'reloaded'>;

/**
 * After a failed swap, reload or probe: the previous files go back (reverse swap order), Apache is reloaded
 * again if it had loaded the new ones, and the journal is removed.
 */
export async function restoreStep(
  apply: JournaledApply,
  failure: ApplyFailure,
  wasReloaded: boolean,
): Promise<Restored> {
  const { fs } = apply.ports;
  const { input, entries, steps } = apply;
  const { guard } = apply.survey;
  const skipped = await steps.run(
    'rollback',
    () => restoreBackups(fs, entries, guard),
    (s) => (s.length === 0 ? '' : `left alone (directory no longer safe): ${s.join(', ')}`),
  );
  let reload: CommandOutcome | null = null;
  if (wasReloaded && input.reload !== undefined) {
    reload = await runCommand(apply, input.reload, apply.includeTarget);
    steps.add({ name: 'reload', ms: reload.ms, ok: reload.ok, detail: 'rollback reload' });
  }
  await removeScratch(fs, [], apply.journal.scratch, guard);
  await removeJournal(fs, input.journalDir);
  const restoredPaths = entries.filter((e) => !skipped.includes(e.target)).map((e) => e.path);
  const rollback = { restoredPaths, reload, ok: (reload === null || reload.ok) && skipped.length === 0 };
  return { failure, rollback, reloaded: wasReloaded };
}
