import { posix } from 'node:path';
import { sha256Of, type DeployedFile } from './deploy-file.js';
import type { FileSystem } from './ports/file-system.port.js';

/**
 * The digest of the manifest whose files the disk is known to hold, written after each completed apply.
 * It lets the next apply trust that the previous revision is on disk and read only the files that change
 * (drift elsewhere stays visible through detectDrift). It is forgotten (durably) before the first target
 * is touched, so after a crash, a rollback, or a disk/database disagreement (an apply that completed on disk
 * but whose database transaction never committed) the record is absent or names another manifest, and the
 * next apply reads everything, as before, and refuses on the drift it finds.
 */
export const DISK_RECORD_FILE = 'applied-manifest.sha256';

/** SHA-256 over `path NUL sha256 LF` lines sorted by path: independent of file order. */
export function manifestDigest(files: readonly DeployedFile[]): string {
  const lines = files.map((f) => `${f.path}\0${f.sha256}\n`).sort();
  return sha256Of(lines.join(''));
}

export async function readDiskRecord(fs: FileSystem, journalDir: string): Promise<string | null> {
  const bytes = await fs.read(recordPath(journalDir));
  return bytes === null ? null : bytes.toString('utf8').trim();
}

export async function forgetDiskRecord(fs: FileSystem, journalDir: string): Promise<void> {
  if (await fs.remove(recordPath(journalDir))) await fs.syncDir(journalDir);
}

/** Atomic and durable like the journal: write aside, fsync, rename, fsync the directory. */
export async function writeDiskRecord(fs: FileSystem, journalDir: string, digest: string): Promise<void> {
  const path = recordPath(journalDir);
  const aside = `${path}.tmp`;
  await fs.remove(aside);
  await fs.writeDurable(aside, `${digest}\n`, 0o600);
  await fs.rename(aside, path);
  await fs.syncDir(journalDir);
}

function recordPath(journalDir: string): string {
  return posix.join(journalDir, DISK_RECORD_FILE);
}
