import { discard, journalAt, type JournaledApply } from './apply-journal.js';
import type { ApplyFailure } from './apply-result.js';
import { forgetDiskRecord } from './disk-record.js';
import { makeBackups, swapIn } from './file-swap.js';
import { messageOf } from './fs-errors.js';
import { restoreStep, type Restored } from './apply-step-restore.js';
import { isUnsafeDirectoryError } from './tenant-directory-guard.js';

/** Second names for every live file about to be replaced; a failure discards the apply and throws. */
export async function backupStep(apply: JournaledApply): Promise<void> {
  try {
    await apply.steps.run('backup', () => makeBackups(apply.ports.fs, apply.entries, apply.survey.guard));
  } catch (error) {
    await discard(apply);
    throw error;
  }
}

/**
 * Renames the staged files over the live ones (journal phase `swapping`). On failure the previous files are
 * restored; a directory that turned into a symlink meanwhile is refused like at staging (thrown).
 */
export async function swapStep(apply: JournaledApply): Promise<Restored | null> {
  const { fs } = apply.ports;
  await journalAt(apply, 'swapping');
  // From here the disk may hold neither revision until commit or recovery: nothing may vouch for it.
  await forgetDiskRecord(fs, apply.input.journalDir);
  apply.fault({ at: 'journaled-swapping' });
  try {
    await apply.steps.run('swap', () =>
      swapIn(fs, apply.entries, apply.survey.guard, (n) => apply.fault({ at: 'swapped', index: n })),
    );
    return null;
  } catch (error) {
    const failure: ApplyFailure = { step: 'swap', message: messageOf(error), output: '', attribution: null };
    const restored = await restoreStep(apply, failure, false);
    // A tenant swapped a directory for a symlink since staging: undone, then refused like at staging.
    if (isUnsafeDirectoryError(error)) throw error;
    return restored;
  }
}
