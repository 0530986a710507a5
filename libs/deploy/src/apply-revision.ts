import { withApplyLock } from './apply-lock.js';
import type { ApplyInput } from './apply-input.js';
import { openJournal } from './apply-journal.js';
import type { ApplyResult } from './apply-result.js';
import { beginRun, finisher } from './apply-run.js';
import { buildMapsStep } from './apply-step-build-maps.js';
import { commitStep } from './apply-step-commit.js';
import { configtestStep } from './apply-step-configtest.js';
import { preflightStep } from './apply-step-preflight.js';
import { probeStep } from './apply-step-probe.js';
import { reloadStep } from './apply-step-reload.js';
import { restoreStep } from './apply-step-restore.js';
import { stageStep } from './apply-step-stage.js';
import { nothingToChange, recordUnchanged, surveyDisk } from './apply-step-survey.js';
import { backupStep, swapStep } from './apply-step-swap.js';
import { defaultPorts, type DeployPorts } from './ports/deploy-ports.js';

export type { ApplyInput, FaultPoint } from './apply-input.js';
export type { ApplyFailure, ApplyResult, RollbackReport } from './apply-result.js';

/**
 * Makes one rendered revision the files on disk like a database commit: all or nothing, checked by Apache
 * before it goes live, journaled so a crash at any point recovers to exactly one complete revision.
 */
export async function applyRevision(input: ApplyInput): Promise<ApplyResult> {
  const ports = { ...defaultPorts(), ...input.ports };
  return withApplyLock(ports.fs, input.journalDir, () => applyLocked(input, ports));
}

/**
 * The steps in order. Until the swap a failure discards the staged files (status failed); from the swap on
 * it restores the previous ones (rolled_back). Hand edits and unsafe directories are thrown.
 */
async function applyLocked(input: ApplyInput, ports: DeployPorts): Promise<ApplyResult> {
  const run = beginRun(input, ports);
  const survey = await surveyDisk(run);
  const finish = finisher(run, survey);
  if (nothingToChange(survey)) {
    await recordUnchanged(run, survey);
    return finish('live');
  }
  const apply = await openJournal(run, survey);
  const staging = (await stageStep(apply)) ?? (await buildMapsStep(apply));
  if (staging !== null) return finish('failed', { failure: staging });
  const refusal = (await preflightStep(apply)) ?? (await configtestStep(apply));
  if (refusal !== null) return finish('failed', { failure: refusal });
  await backupStep(apply);
  const swapUndone = await swapStep(apply);
  if (swapUndone !== null) return finish('rolled_back', swapUndone);
  const reload = await reloadStep(apply);
  if (reload.failure !== null) return finish('rolled_back', await restoreStep(apply, reload.failure, true));
  const probeFailure = await probeStep(apply);
  if (probeFailure !== null)
    return finish('rolled_back', await restoreStep(apply, probeFailure, reload.reloaded));
  await commitStep(apply);
  return finish('live', { reloaded: reload.reloaded });
}
