import { discard, type JournaledApply } from './apply-journal.js';
import type { ApplyFailure } from './apply-result.js';
import { messageOf } from './fs-errors.js';
import { stageFiles } from './stage.js';
import { configDirPath } from './target-path.js';
import { isUnsafeDirectoryError } from './tenant-directory-guard.js';

/** Writes the new contents under their staging names; a failure discards the apply (nothing went live). */
export async function stageStep(apply: JournaledApply): Promise<ApplyFailure | null> {
  const { input, steps, fault, entries } = apply;
  try {
    await steps.run(
      'stage',
      () =>
        stageFiles(
          apply.ports.fs,
          apply.survey.plan,
          entries,
          configDirPath(input.target),
          apply.survey.guard,
          (n) => fault({ at: 'staged', index: n }),
        ),
      () => `${entries.filter((e) => e.staged !== null).length} files`,
    );
    return null;
  } catch (error) {
    await discard(apply);
    if (isUnsafeDirectoryError(error)) throw error;
    return { step: 'stage', message: messageOf(error), output: '', attribution: null };
  }
}
