import { posix } from 'node:path';
import { hasErrorCode } from './fs-errors.js';
import type { JournalEntry } from './journal.js';
import type { FileSystem } from './ports/file-system.port.js';

/** Called after each rename/unlink of the swap, with its 1-based position (the crash tests kill here). */
export type SwapObserver = (done: number) => void;

/** Second names for every live file about to be replaced or deleted. */
export async function makeBackups(fs: FileSystem, entries: readonly JournalEntry[]): Promise<void> {
  for (const entry of entries) {
    if (entry.backup !== 'absent') await fs.link(entry.target, entry.backup);
  }
  await syncDirs(fs, entries);
}

/** Entries are already in swap order (.htaccess first, include last). */
export async function swapIn(
  fs: FileSystem,
  entries: readonly JournalEntry[],
  observe?: SwapObserver,
): Promise<void> {
  let done = 0;
  for (const entry of entries) {
    if (entry.staged === null) await fs.remove(entry.target);
    else await fs.rename(entry.staged, entry.target);
    done += 1;
    observe?.(done);
  }
  await syncDirs(fs, entries);
}

/**
 * Puts back what was there before, in reverse swap order. Idempotent, so recovery can repeat a rollback that
 * was itself interrupted: a consumed backup means its target already holds the old content.
 */
export async function restoreBackups(fs: FileSystem, entries: readonly JournalEntry[]): Promise<void> {
  for (const entry of [...entries].reverse()) {
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
  await removeScratch(fs, entries, []);
}

/** Staged files, backups and extra scratch: everything an apply created besides the targets themselves. */
export async function removeScratch(
  fs: FileSystem,
  entries: readonly JournalEntry[],
  scratch: readonly string[],
): Promise<void> {
  for (const entry of entries) {
    if (entry.staged !== null) await fs.remove(entry.staged);
    if (entry.backup !== 'absent') await fs.remove(entry.backup);
  }
  for (const path of scratch) await fs.remove(path);
  await syncDirs(fs, entries, scratch);
}

async function syncDirs(fs: FileSystem, entries: readonly JournalEntry[], extra: readonly string[] = []) {
  const dirs = new Set([
    ...entries.map((e) => posix.dirname(e.target)),
    ...extra.map((p) => posix.dirname(p)),
  ]);
  for (const dir of dirs) {
    try {
      await fs.syncDir(dir);
    } catch (error) {
      if (!hasErrorCode(error, 'ENOENT')) throw error;
    }
  }
}
