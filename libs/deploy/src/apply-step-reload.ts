import { journalAt, type JournaledApply } from './apply-journal.js';
import type { ApplyFailure } from './apply-result.js';
import { firstLine, runCommand } from './apply-run.js';

export interface Reload {
  reloaded: boolean;
  failure: ApplyFailure | null;
}

/** A graceful reload when a file Apache reads at start changed (journal phase `reloading`). */
export async function reloadStep(apply: JournaledApply): Promise<Reload> {
  const { input } = apply;
  if (!apply.survey.plan.reload || input.reload === undefined) return { reloaded: false, failure: null };
  await journalAt(apply, 'reloading');
  apply.fault({ at: 'before-reload' });
  const outcome = await runCommand(apply, input.reload, apply.includeTarget);
  apply.steps.add({
    name: 'reload',
    ms: outcome.ms,
    ok: outcome.ok,
    detail: outcome.ok ? undefined : firstLine(outcome.output),
  });
  if (!outcome.ok) {
    const message = outcome.timedOut ? 'reload timed out' : `reload exited with ${outcome.exitCode}`;
    return {
      reloaded: true,
      failure: { step: 'reload', message, output: outcome.output, attribution: null },
    };
  }
  apply.fault({ at: 'reloaded' });
  return { reloaded: true, failure: null };
}
