import { sha256Of, type DeployedFile, type DeployFile } from './deploy-file.js';
import type { FileSystem } from './ports/file-system.port.js';
import { targetPathFor, type DeployTarget } from './target-path.js';
import { TenantDirectoryGuard } from './tenant-directory-guard.js';

/** Rendered path → its disk path and the digest of what is there now (null: absent). */
export type DiskState = Map<string, { target: string; sha256: string | null }>;

/**
 * Reads every file either revision mentions, once. A tenant directory that is a symlink (or has one above
 * it) is refused with UnsafeDirectoryError instead of read through: reading joe's directory via bob's link
 * would make the drift check vouch for the wrong directory.
 */
export async function readDiskState(
  fs: FileSystem,
  target: DeployTarget,
  files: readonly (DeployFile | DeployedFile)[],
  guard: TenantDirectoryGuard = new TenantDirectoryGuard(fs, target),
): Promise<DiskState> {
  const state: DiskState = new Map();
  for (const file of files) {
    if (state.has(file.path)) continue;
    const path = targetPathFor(file.path, target);
    const bytes = (await guard.check(file.path)) === 'absent' ? null : await fs.read(path);
    state.set(file.path, { target: path, sha256: bytes === null ? null : sha256Of(bytes) });
  }
  return state;
}
