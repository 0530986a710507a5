import { sha256Of, type DeployedFile, type DeployFile } from './deploy-file.js';
import type { FileSystem } from './ports/file-system.port.js';
import { targetPathFor, type DeployTarget } from './target-path.js';

/** Rendered path → its disk path and the digest of what is there now (null: absent). */
export type DiskState = Map<string, { target: string; sha256: string | null }>;

/** Reads every file either revision mentions, once. */
export async function readDiskState(
  fs: FileSystem,
  target: DeployTarget,
  files: readonly (DeployFile | DeployedFile)[],
): Promise<DiskState> {
  const state: DiskState = new Map();
  for (const file of files) {
    if (state.has(file.path)) continue;
    const path = targetPathFor(file.path, target);
    const bytes = await fs.read(path);
    state.set(file.path, { target: path, sha256: bytes === null ? null : sha256Of(bytes) });
  }
  return state;
}
