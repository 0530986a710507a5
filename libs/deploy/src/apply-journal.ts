import { posix } from 'node:path';
import type { ApplyRun, Survey } from './apply-run.js';
import type { DeployFile } from './deploy-file.js';
import { removeScratch, restoreBackups } from './file-swap.js';
import {
  removeJournal,
  writeJournal,
  type Journal,
  type JournalEntry,
  type JournalPhase,
} from './journal.js';
import { scratchPathFor, scratchToken, STAGE_DIR } from './scratch-names.js';
import { planEntries, scratchPlacement } from './stage.js';
import { INCLUDE_FILE, targetPathFor } from './target-path.js';

/** An apply from its first journal write on: every step after this one can be undone from the journal. */
export interface JournaledApply extends ApplyRun {
  survey: Survey;
  entries: JournalEntry[];
  journal: Journal;
  includeTarget: string;
  includeFile: DeployFile | undefined;
  /** The copy of the include file configtest checks, when it runs (see configtestText). */
  checkCopy: string | null;
}

/** Names every scratch file of the plan, then journals them (phase `staging`) before any is written. */
export async function openJournal(run: ApplyRun, survey: Survey): Promise<JournaledApply> {
  const { input, ports, revision } = run;
  const { plan } = survey;
  const token = scratchToken(revision);
  const scratchDir = await scratchPlacement(ports.fs, plan, posix.join(input.journalDir, STAGE_DIR));
  const entries = planEntries(plan, token, scratchDir);
  const includeTarget = targetPathFor(INCLUDE_FILE, input.target);
  const includeFile = input.files.find((f) => f.path === INCLUDE_FILE);
  const runConfigtest = plan.reload && input.configtest !== undefined && includeFile !== undefined;
  const checkCopy = runConfigtest ? scratchPathFor(includeTarget, token, 'check') : null;
  const journal: Journal = {
    version: 1,
    revision,
    phase: 'staging',
    pid: process.pid,
    startedAt: ports.clock.now().toISOString(),
    entries,
    scratch: checkCopy === null ? [] : [checkCopy],
    digest: survey.newDigest,
  };
  const apply = { ...run, survey, entries, journal, includeTarget, includeFile, checkCopy };
  await journalAt(apply, 'staging');
  run.fault({ at: 'journaled-staging' });
  return apply;
}

export async function journalAt(apply: JournaledApply, phase: JournalPhase): Promise<void> {
  apply.journal.phase = phase;
  await writeJournal(apply.ports.fs, apply.input.journalDir, apply.journal);
}

/** Before the swap: puts back what backups exist and removes every trace of the apply. */
export async function discard(apply: JournaledApply): Promise<void> {
  const { fs } = apply.ports;
  const { guard } = apply.survey;
  await restoreBackups(fs, apply.entries, guard);
  await removeScratch(fs, [], apply.journal.scratch, guard);
  await removeJournal(fs, apply.input.journalDir);
}
