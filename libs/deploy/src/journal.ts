import { posix } from 'node:path';
import type { FileSystem } from './ports/file-system.port.js';

/**
 * How far an apply got. Recovery rolls back every phase before `committing` (the caller never heard "live",
 * so the previous revision is the truth) and finishes the cleanup of `committing`.
 */
export type JournalPhase = 'staging' | 'swapping' | 'reloading' | 'committing';

export interface JournalEntry {
  /** Rendered path (for reports). */
  path: string;
  target: string;
  /** The staged new content; null when the target is deleted. */
  staged: string | null;
  /** Hard link to the content being replaced, or "absent" when there was none. */
  backup: string | 'absent';
  /** A derived dbm map: `staged` is built by httxt2dbm from this file instead of written (derived-maps.ts). */
  buildFrom?: string;
}

export interface Journal {
  version: 1;
  revision: string;
  phase: JournalPhase;
  pid: number;
  startedAt: string;
  entries: JournalEntry[];
  /** Other scratch files (the configtest copy). */
  scratch: string[];
  /** manifestDigest of the revision: recovery that rolls forward records it as what the disk holds. */
  digest?: string;
}

export const JOURNAL_FILE = 'apply.journal.json';

export function journalPath(journalDir: string): string {
  return posix.join(journalDir, JOURNAL_FILE);
}

/** Atomic and durable: write aside, fsync, rename, fsync the directory. */
export async function writeJournal(fs: FileSystem, journalDir: string, journal: Journal): Promise<void> {
  const path = journalPath(journalDir);
  const aside = `${path}.tmp`;
  await fs.remove(aside);
  await fs.writeDurable(aside, `${JSON.stringify(journal, null, 1)}\n`, 0o600);
  await fs.rename(aside, path);
  await fs.syncDir(journalDir);
}

export async function readJournal(fs: FileSystem, journalDir: string): Promise<Journal | null> {
  const bytes = await fs.read(journalPath(journalDir));
  if (bytes === null) return null;
  const journal = JSON.parse(bytes.toString('utf8')) as Journal;
  if (journal.version !== 1 || !Array.isArray(journal.entries)) {
    throw new Error(`unreadable publish journal ${journalPath(journalDir)}`);
  }
  return journal;
}

export async function removeJournal(fs: FileSystem, journalDir: string): Promise<void> {
  const path = journalPath(journalDir);
  await fs.remove(`${path}.tmp`);
  if (await fs.remove(path)) await fs.syncDir(journalDir);
}
