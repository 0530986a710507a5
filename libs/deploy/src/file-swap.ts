import { posix } from 'node:path';
import { hasErrorCode } from './fs-errors.js';
import type { JournalEntry } from './journal.js';
import type { FileSystem } from './ports/file-system.port.js';
import { isUnsafeDirectoryError, type TenantDirectoryGuard } from './tenant-directory-guard.js';

/** Called after each rename/unlink of the swap, with its 1-based position (the crash tests kill here). */
export type SwapObserver = (done: number) => void;

/** Second names for every live file about to be replaced or deleted; each tenant directory checked first. */
export async function makeBackups(
  fs: FileSystem,
  entries: readonly JournalEntry[],
  guard: TenantDirectoryGuard,
): Promise<void> {
  for (const entry of entries) {
    if (entry.backup === 'absent') continue;
    await guard.assertEntry(entry);
    await fs.link(entry.target, entry.backup);
  }
  await syncDirs(fs, entries);
}

/**
 * Entries are already in swap order (.htaccess first, include last). Each tenant directory is checked again
 * right before its rename/unlink: a symlink that appeared since staging throws UnsafeDirectoryError.
 */
export async function swapIn(
  fs: FileSystem,
  entries: readonly JournalEntry[],
  guard: TenantDirectoryGuard,
  observe?: SwapObserver,
): Promise<void> {
  let done = 0;
  for (const entry of entries) {
    await guard.assertEntry(entry);
    if (entry.staged === null) await fs.remove(entry.target);
    else await fs.rename(entry.staged, entry.target);
    done += 1;
    observe?.(done);
  }
  await syncDirs(fs, entries);
}

/**
 * Puts back what was there before, in reverse swap order. Idempotent, so recovery can repeat a rollback that
 * was itself interrupted: a consumed backup means its target already holds the old content. An entry whose
 * directory is no longer a plain directory path is left alone (restoring would write through the link);
 * its target paths are returned.
 */
export async function restoreBackups(
  fs: FileSystem,
  entries: readonly JournalEntry[],
  guard: TenantDirectoryGuard,
): Promise<string[]> {
  const skipped: string[] = [];
  for (const entry of [...entries].reverse()) {
    if (!(await isSafe(guard, entry))) {
      skipped.push(entry.target);
      continue;
    }
    if (entry.backup === 'absent') {
      await fs.remove(entry.target);
      continue;
    }
    try {
      await fs.rename(entry.backup, entry.target);
    } catch (error) {
      if (!hasErrorCode(error, 'ENOENT')) throw error;
    }
    // rename() between two links of one inode succeeds without removing the source.
    await fs.remove(entry.backup);
  }
  await removeScratch(fs, entries, [], guard);
  return skipped;
}

/**
 * Staged files, backups and extra scratch: everything an apply created besides the targets themselves.
 * Scratch beside a tenant's target is only unlinked while its directory is still a plain path.
 */
export async function removeScratch(
  fs: FileSystem,
  entries: readonly JournalEntry[],
  scratch: readonly string[],
  guard: TenantDirectoryGuard,
): Promise<void> {
  for (const entry of entries) {
    const beside = [entry.staged, entry.backup].filter(
      (p): p is string => p !== null && p !== 'absent' && posix.dirname(p) === posix.dirname(entry.target),
    );
    const elsewhere = [entry.staged, entry.backup].filter(
      (p): p is string => p !== null && p !== 'absent' && !beside.includes(p),
    );
    for (const path of elsewhere) await fs.remove(path);
    if (beside.length > 0 && (await isSafe(guard, entry))) for (const path of beside) await fs.remove(path);
  }
  for (const path of scratch) await fs.remove(path);
  await syncDirs(fs, entries, scratch);
}

async function isSafe(guard: TenantDirectoryGuard, entry: JournalEntry): Promise<boolean> {
  try {
    await guard.assertEntry(entry);
    return true;
  } catch (error) {
    if (isUnsafeDirectoryError(error)) return false;
    throw error;
  }
}

/** fsync of every directory an entry touched: targets' and, when staged elsewhere, the stage directory. */
async function syncDirs(fs: FileSystem, entries: readonly JournalEntry[], extra: readonly string[] = []) {
  const paths = entries.flatMap((e) => [e.target, e.staged, e.backup]);
  const dirs = new Set(
    [...paths, ...extra]
      .filter((p): p is string => p !== null && p !== 'absent')
      .map((p) => posix.dirname(p)),
  );
  for (const dir of dirs) {
    try {
      await fs.syncDir(dir);
    } catch (error) {
      if (!hasErrorCode(error, 'ENOENT')) throw error;
    }
  }
}
