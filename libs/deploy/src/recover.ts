import { withApplyLock } from './apply-lock.js';
import {
  commandEnv,
  DEFAULT_COMMAND_TIMEOUT_MS,
  expandCommand,
  type CommandTemplate,
} from './command-template.js';
import { readDiskRecord, writeDiskRecord } from './disk-record.js';
import { removeScratch, restoreBackups } from './file-swap.js';
import { readJournal, removeJournal, type JournalPhase } from './journal.js';
import type { CommandOutcome, CommandRunner } from './ports/command-runner.port.js';
import type { FileSystem } from './ports/file-system.port.js';
import { defaultPorts, type DeployPorts } from './ports/deploy-ports.js';
import { targetPathFor, INCLUDE_FILE, type DeployTarget } from './target-path.js';
import { TenantDirectoryGuard } from './tenant-directory-guard.js';

export interface RecoverResult {
  /** none: no interrupted apply; rolled_back: the previous revision is on disk; rolled_forward: the new one is. */
  action: 'none' | 'rolled_back' | 'rolled_forward';
  revision: string | null;
  phase: JournalPhase | null;
  /** Apache may have loaded the interrupted revision: it must be reloaded to match the disk again. */
  reloadNeeded: boolean;
  reload: CommandOutcome | null;
}

/** recover()'s answer also says what the disk provably holds now, for the caller's bookkeeping. */
export interface RecoverOutcome extends RecoverResult {
  /** manifestDigest of the revision on disk per the disk record; null when nothing vouches for it. */
  diskDigest: string | null;
}

export interface RecoverOptions {
  /** Run when the interrupted apply had already reloaded Apache. */
  reload?: CommandTemplate;
  ports?: Partial<DeployPorts>;
}

/**
 * Finishes or undoes an apply that died (SIGKILL, power loss), so the disk holds exactly one complete
 * revision. Run at start-up and before each apply; takes the apply lock.
 */
export async function recover(
  journalDir: string,
  target: DeployTarget,
  options: RecoverOptions = {},
): Promise<RecoverOutcome> {
  const ports = { ...defaultPorts(), ...options.ports };
  return withApplyLock(ports.fs, journalDir, async () => {
    const result = await recoverUnlocked(ports.fs, ports.runner, journalDir, target, options.reload);
    return { ...result, diskDigest: await readDiskRecord(ports.fs, journalDir) };
  });
}

/** For callers that already hold the lock (applyRevision). */
export async function recoverUnlocked(
  fs: FileSystem,
  runner: CommandRunner,
  journalDir: string,
  target: DeployTarget,
  reloadTemplate?: CommandTemplate,
): Promise<RecoverResult> {
  const journal = await readJournal(fs, journalDir);
  if (journal === null) {
    await removeJournal(fs, journalDir); // a journal that never got renamed into place
    return { action: 'none', revision: null, phase: null, reloadNeeded: false, reload: null };
  }
  // The caller never heard "live" before `committing`: the previous revision is the truth until then.
  const forward = journal.phase === 'committing';
  const guard = new TenantDirectoryGuard(fs, target);
  if (forward) {
    await removeScratch(fs, journal.entries, journal.scratch, guard);
    // The disk holds the new revision: say so, so the caller's reconciliation can mark it live.
    if (journal.digest !== undefined) await writeDiskRecord(fs, journalDir, journal.digest);
  } else {
    await restoreBackups(fs, journal.entries, guard);
    await removeScratch(fs, [], journal.scratch, guard);
  }
  await removeJournal(fs, journalDir);
  const reloadNeeded = journal.phase === 'reloading';
  let reload: CommandOutcome | null = null;
  if (reloadNeeded && reloadTemplate !== undefined) {
    const values = {
      include: targetPathFor(INCLUDE_FILE, target),
      configDir: target.configDir,
      revision: journal.revision,
    };
    reload = await runner.run(expandCommand(reloadTemplate, values), {
      timeoutMs: reloadTemplate.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
      env: commandEnv(reloadTemplate),
    });
  }
  return {
    action: forward ? 'rolled_forward' : 'rolled_back',
    revision: journal.revision,
    phase: journal.phase,
    reloadNeeded,
    reload,
  };
}
