import type { ApplyRun, Survey } from './apply-run.js';
import { changeScope } from './change-scope.js';
import { classifyChanges } from './classify.js';
import { sha256Of } from './deploy-file.js';
import { manifestDigest, readDiskRecord, writeDiskRecord } from './disk-record.js';
import { withDerivedMaps } from './derived-maps.js';
import { readDiskState } from './disk-state.js';
import { DriftError, driftAgainst } from './drift.js';
import { recoverUnlocked } from './recover.js';
import { TenantDirectoryGuard } from './tenant-directory-guard.js';

/**
 * Recover an interrupted apply, then read what is on disk and plan the writes and deletes. Throws
 * DriftError on hand edits (unless forced) and UnsafeDirectoryError before anything is written.
 */
export async function surveyDisk(run: ApplyRun): Promise<Survey> {
  const { input, steps } = run;
  const { fs, runner } = run.ports;
  const recovery = await steps.run('recover', () =>
    recoverUnlocked(fs, runner, input.journalDir, input.target, input.reload),
  );
  const newDigest = input.digests?.files ?? manifestDigest(input.files);
  const recorded = await readDiskRecord(fs, input.journalDir);
  // The disk provably holds the previous revision: only files whose digest changes are read and touched.
  // Otherwise (first apply, after a crash or rollback, force) every file either revision names is read.
  const trusted =
    input.force !== true &&
    recorded !== null &&
    recorded === (input.digests?.previousFiles ?? manifestDigest(input.previousFiles));
  const scope = trusted
    ? changeScope(input.previousFiles, input.files)
    : { files: [...input.files], previousFiles: [...input.previousFiles] };
  for (const file of scope.files) {
    if (sha256Of(file.content) !== file.sha256)
      throw new Error(`sha256 of ${file.path} does not match its content`);
  }
  // Refuses (UnsafeDirectoryError) before anything is written when a tenant directory is a symlink.
  const guard = new TenantDirectoryGuard(fs, input.target);
  const disk = await steps.run(
    'drift',
    () => readDiskState(fs, input.target, [...scope.previousFiles, ...scope.files], guard),
    (state) =>
      trusted ? `${state.size} changed files read` : `${state.size} files read (disk not on record)`,
  );
  const drift = driftAgainst(scope.previousFiles, scope.files, disk);
  if (drift.length > 0 && input.force !== true) throw new DriftError(drift);
  const plan = await steps.run(
    'classify',
    () => withDerivedMaps(fs, classifyChanges(scope.files, scope.previousFiles, disk), scope.files, disk),
    (p) =>
      `${p.writes.length} to write, ${p.deletes.length} to delete, reload ${p.reload}` +
      (p.builds.length > 0 ? `, ${p.builds.length} dbm maps to build` : ''),
  );
  return { recovery, newDigest, recorded, guard, drift, plan };
}

export function nothingToChange(survey: Survey): boolean {
  const { plan } = survey;
  return plan.writes.length === 0 && plan.deletes.length === 0 && plan.builds.length === 0;
}

/** The disk already holds the revision: only the record may need to say so. */
export async function recordUnchanged(run: ApplyRun, survey: Survey): Promise<void> {
  if (survey.recorded !== survey.newDigest)
    await writeDiskRecord(run.ports.fs, run.input.journalDir, survey.newDigest);
}
