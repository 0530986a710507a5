import { posix } from 'node:path';
import { withApplyLock } from './apply-lock.js';
import { attributeConfigError, type ConfigErrorAttribution } from './attribute-config-error.js';
import { changeScope } from './change-scope.js';
import { classifyChanges } from './classify.js';
import {
  commandEnv,
  DEFAULT_COMMAND_TIMEOUT_MS,
  expandCommand,
  type CommandTemplate,
} from './command-template.js';
import { configtestText } from './configtest-copy.js';
import { sha256Of, type DeployedFile, type DeployFile } from './deploy-file.js';
import { forgetDiskRecord, manifestDigest, readDiskRecord, writeDiskRecord } from './disk-record.js';
import { readDiskState } from './disk-state.js';
import { DriftError, driftAgainst, type DriftFinding } from './drift.js';
import { makeBackups, removeScratch, restoreBackups, swapIn } from './file-swap.js';
import { messageOf } from './fs-errors.js';
import { removeJournal, writeJournal, type Journal, type JournalPhase } from './journal.js';
import type { CommandOutcome } from './ports/command-runner.port.js';
import { defaultPorts, type DeployPorts } from './ports/deploy-ports.js';
import { runProbe, type ProbeSpec } from './probe.js';
import { recoverUnlocked, type RecoverResult } from './recover.js';
import { scratchPathFor, scratchToken, STAGE_DIR } from './scratch-names.js';
import { planEntries, scratchPlacement, stageFiles } from './stage.js';
import { StepLog, type DeployLogger, type StepRecord } from './step-log.js';
import { configDirPath, fileKind, INCLUDE_FILE, targetPathFor, type DeployTarget } from './target-path.js';
import { isUnsafeDirectoryError, TenantDirectoryGuard } from './tenant-directory-guard.js';

/** Where a fault-injection hook fires; `index` counts staged files or swapped entries (1-based). */
export interface FaultPoint {
  at:
    | 'journaled-staging'
    | 'staged'
    | 'configtested'
    | 'journaled-swapping'
    | 'swapped'
    | 'before-reload'
    | 'reloaded'
    | 'committing';
  index?: number;
}

export interface ApplyInput {
  revision: string | number;
  files: readonly DeployFile[];
  /** What the live revision wrote ([] on a first publish). */
  previousFiles: readonly DeployedFile[];
  target: DeployTarget;
  journalDir: string;
  configtest?: CommandTemplate;
  reload?: CommandTemplate;
  probe?: ProbeSpec;
  /**
   * manifestDigest() of files / previousFiles when the caller already has them (a publication's digest is the
   * same formula): saves hashing a 20,000-entry manifest twice per apply. A wrong value can only make the disk
   * record disagree, which costs a full read next time, never a skipped check.
   */
  digests?: { files?: string; previousFiles?: string };
  /** Overwrite hand-edited files instead of refusing with DriftError. */
  force?: boolean;
  ports?: Partial<DeployPorts>;
  logger?: DeployLogger;
  /** Test seam: called at each durable point (crash tests SIGKILL themselves here). */
  faultInjection?: (point: FaultPoint) => void;
}

export interface ApplyFailure {
  step: 'stage' | 'configtest' | 'swap' | 'reload' | 'probe';
  message: string;
  output: string;
  /** For configtest failures: where in the include file Apache's complaint points. */
  attribution: ConfigErrorAttribution | null;
}

export interface ApplyResult {
  status: 'live' | 'failed' | 'rolled_back';
  revision: string;
  /** A file Apache reads at start changed (.htaccess-only changes never need one). */
  reloadNeeded: boolean;
  reloaded: boolean;
  changedPaths: string[];
  deletedPaths: string[];
  steps: StepRecord[];
  /** Hand edits overwritten because of force. */
  overriddenDrift: DriftFinding[];
  /** An interrupted earlier apply that was cleaned up first. */
  recovery: RecoverResult;
  failure: ApplyFailure | null;
  /** When rolled back: whether the previous files are back and what the second reload said. */
  rollback: { restoredPaths: string[]; reload: CommandOutcome | null; ok: boolean } | null;
}

/**
 * Makes one rendered revision the files on disk like a database commit: all or nothing, checked by Apache
 * before it goes live, journaled so a crash at any point recovers to exactly one complete revision.
 */
export async function applyRevision(input: ApplyInput): Promise<ApplyResult> {
  const ports = { ...defaultPorts(), ...input.ports };
  return withApplyLock(ports.fs, input.journalDir, () => applyLocked(input, ports));
}

async function applyLocked(input: ApplyInput, ports: DeployPorts): Promise<ApplyResult> {
  const { fs, runner, clock } = ports;
  const revision = String(input.revision);
  const fault = input.faultInjection ?? (() => undefined);
  const steps = new StepLog(clock, revision, input.logger);
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
    async () => classifyChanges(scope.files, scope.previousFiles, disk),
    (p) => `${p.writes.length} to write, ${p.deletes.length} to delete, reload ${p.reload}`,
  );
  const recordApplied = async () => {
    if (recorded !== newDigest) await writeDiskRecord(fs, input.journalDir, newDigest);
  };
  const base = {
    revision,
    reloadNeeded: plan.reload,
    reloaded: false,
    changedPaths: plan.writes.map((w) => w.file.path),
    deletedPaths: plan.deletes.map((d) => d.path),
    overriddenDrift: drift,
    recovery,
  };
  const result = (status: ApplyResult['status'], rest: Partial<ApplyResult> = {}): ApplyResult => ({
    ...base,
    status,
    steps: steps.records,
    failure: null,
    rollback: null,
    ...rest,
  });
  if (plan.writes.length === 0 && plan.deletes.length === 0) {
    await recordApplied();
    return result('live');
  }

  const token = scratchToken(revision);
  const scratchDir = await scratchPlacement(fs, plan, posix.join(input.journalDir, STAGE_DIR));
  const entries = planEntries(plan, token, scratchDir);
  const includeTarget = targetPathFor(INCLUDE_FILE, input.target);
  const includeFile = input.files.find((f) => f.path === INCLUDE_FILE);
  const runConfigtest = plan.reload && input.configtest !== undefined && includeFile !== undefined;
  const checkCopy = scratchPathFor(includeTarget, token, 'check');
  const journal: Journal = {
    version: 1,
    revision,
    phase: 'staging',
    pid: process.pid,
    startedAt: clock.now().toISOString(),
    entries,
    scratch: runConfigtest ? [checkCopy] : [],
    digest: newDigest,
  };
  const journalAt = async (phase: JournalPhase) => {
    journal.phase = phase;
    await writeJournal(fs, input.journalDir, journal);
  };
  const discard = async () => {
    await restoreBackups(fs, entries, guard);
    await removeScratch(fs, [], journal.scratch, guard);
    await removeJournal(fs, input.journalDir);
  };

  await journalAt('staging');
  fault({ at: 'journaled-staging' });
  try {
    await steps.run(
      'stage',
      () =>
        stageFiles(fs, plan, entries, configDirPath(input.target), guard, (n) =>
          fault({ at: 'staged', index: n }),
        ),
      () => `${entries.filter((e) => e.staged !== null).length} files`,
    );
  } catch (error) {
    await discard();
    if (isUnsafeDirectoryError(error)) throw error;
    return result('failed', {
      failure: { step: 'stage', message: messageOf(error), output: '', attribution: null },
    });
  }

  if (runConfigtest && input.configtest !== undefined && includeFile !== undefined) {
    const stagedMaps = new Map(
      entries
        .filter((e) => e.staged !== null && fileKind(e.path) === 'map')
        .map((e) => [e.path, e.staged ?? '']),
    );
    const text = configtestText(includeFile.content, configDirPath(input.target), stagedMaps);
    await fs.writeDurable(checkCopy, text, 0o644);
    const outcome = await runCommand(input.configtest, checkCopy);
    steps.add({
      name: 'configtest',
      ms: outcome.ms,
      ok: outcome.ok,
      detail: outcome.ok ? undefined : firstLine(outcome.output),
    });
    if (!outcome.ok) {
      await discard();
      const attribution = attributeConfigError(outcome.output, checkCopy, text);
      const file = attribution?.file === checkCopy ? { ...attribution, file: includeTarget } : attribution;
      const failure = {
        step: 'configtest' as const,
        message: 'Apache refused the configuration',
        output: outcome.output,
        attribution: file,
      };
      return result('failed', { failure });
    }
    fault({ at: 'configtested' });
  }

  try {
    await steps.run('backup', () => makeBackups(fs, entries, guard));
  } catch (error) {
    await discard();
    throw error;
  }
  await journalAt('swapping');
  // From here the disk may hold neither revision until commit or recovery: nothing may vouch for it.
  await forgetDiskRecord(fs, input.journalDir);
  fault({ at: 'journaled-swapping' });
  try {
    await steps.run('swap', () => swapIn(fs, entries, guard, (n) => fault({ at: 'swapped', index: n })));
  } catch (error) {
    if (isUnsafeDirectoryError(error)) {
      // A tenant swapped a directory for a symlink since staging: undo, then refuse like at staging.
      await rollBack({ step: 'swap', message: messageOf(error), output: '', attribution: null }, false);
      throw error;
    }
    return rollBack({ step: 'swap', message: messageOf(error), output: '', attribution: null }, false);
  }

  let reloaded = false;
  if (plan.reload && input.reload !== undefined) {
    await journalAt('reloading');
    fault({ at: 'before-reload' });
    const outcome = await runCommand(input.reload, includeTarget);
    steps.add({
      name: 'reload',
      ms: outcome.ms,
      ok: outcome.ok,
      detail: outcome.ok ? undefined : firstLine(outcome.output),
    });
    reloaded = true;
    if (!outcome.ok) {
      const message = outcome.timedOut ? 'reload timed out' : `reload exited with ${outcome.exitCode}`;
      return rollBack({ step: 'reload', message, output: outcome.output, attribution: null }, true);
    }
    fault({ at: 'reloaded' });
  }
  if (input.probe !== undefined) {
    const probe = await runProbe(input.probe, ports.prober, clock);
    steps.add({ name: 'probe', ms: 0, ok: probe.ok, detail: `${probe.attempts} attempts, ${probe.last}` });
    if (!probe.ok)
      return rollBack({ step: 'probe', message: probe.last, output: '', attribution: null }, reloaded);
  }

  await journalAt('committing');
  fault({ at: 'committing' });
  await steps.run('commit', async () => {
    // Record first: from `committing` on, the new revision is the disk's truth whatever happens next.
    await writeDiskRecord(fs, input.journalDir, newDigest);
    await removeScratch(fs, entries, journal.scratch, guard);
    await removeJournal(fs, input.journalDir);
  });
  return result('live', { reloaded });

  function runCommand(template: CommandTemplate, include: string): Promise<CommandOutcome> {
    const argv = expandCommand(template, { include, configDir: input.target.configDir, revision });
    return runner.run(argv, {
      timeoutMs: template.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
      env: commandEnv(template),
    });
  }

  async function rollBack(failure: ApplyFailure, wasReloaded: boolean): Promise<ApplyResult> {
    const skipped = await steps.run(
      'rollback',
      () => restoreBackups(fs, entries, guard),
      (s) => (s.length === 0 ? '' : `left alone (directory no longer safe): ${s.join(', ')}`),
    );
    let reload: CommandOutcome | null = null;
    if (wasReloaded && input.reload !== undefined) {
      reload = await runCommand(input.reload, includeTarget);
      steps.add({ name: 'reload', ms: reload.ms, ok: reload.ok, detail: 'rollback reload' });
    }
    await removeScratch(fs, [], journal.scratch, guard);
    await removeJournal(fs, input.journalDir);
    const restoredPaths = entries.filter((e) => !skipped.includes(e.target)).map((e) => e.path);
    const rollback = { restoredPaths, reload, ok: (reload === null || reload.ok) && skipped.length === 0 };
    return result('rolled_back', { failure, rollback, reloaded: wasReloaded });
  }
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim() !== '') ?? '';
}
