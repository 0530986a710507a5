import type { DeployedFile, DeployFile } from './deploy-file.js';
import { readDiskState, type DiskState } from './disk-state.js';
import type { FileSystem } from './ports/file-system.port.js';
import { NodeFileSystem } from './ports/node-file-system.js';
import type { DeployTarget } from './target-path.js';

export interface DriftFinding {
  path: string;
  target: string;
  /** modified/missing: differs from what the live revision wrote; unmanaged: a file we never wrote is in the way. */
  kind: 'modified' | 'missing' | 'unmanaged';
  expectedSha256: string | null;
  actualSha256: string | null;
}

/** Someone changed files the publisher owns; applying would silently destroy their edit. */
export class DriftError extends Error {
  readonly code = 'DEPLOY_DRIFT';

  constructor(readonly findings: readonly DriftFinding[]) {
    super(
      `hand-edited files, refusing to overwrite (use force): ${findings.map((f) => f.target).join(', ')}`,
    );
    this.name = 'DriftError';
  }
}

/** Files of the live revision whose disk content is no longer what that revision wrote. */
export async function detectDrift(
  previousFiles: readonly DeployedFile[],
  target: DeployTarget,
  fs: FileSystem = new NodeFileSystem(),
): Promise<DriftFinding[]> {
  return driftAgainst(previousFiles, [], await readDiskState(fs, target, previousFiles), false);
}

/**
 * Drift that matters for one apply. A file that already holds the NEW content is not drift (a retried or
 * half-recovered apply must be able to finish), and a file the new revision would overwrite although no
 * revision of ours wrote it (e.g. a tenant's own .htaccess) is.
 */
export function driftAgainst(
  previousFiles: readonly DeployedFile[],
  files: readonly DeployFile[],
  disk: DiskState,
  toleratesNewContent = true,
): DriftFinding[] {
  const wanted = new Map(files.map((f) => [f.path, f.sha256]));
  const previous = new Map(previousFiles.map((f) => [f.path, f.sha256]));
  const findings: DriftFinding[] = [];
  for (const [path, expected] of previous) {
    const here = disk.get(path);
    if (here === undefined || here.sha256 === expected) continue;
    if (toleratesNewContent && here.sha256 === (wanted.get(path) ?? null)) continue;
    const kind = here.sha256 === null ? 'missing' : 'modified';
    findings.push({ path, target: here.target, kind, expectedSha256: expected, actualSha256: here.sha256 });
  }
  for (const [path, sha] of wanted) {
    const here = disk.get(path);
    if (previous.has(path) || here === undefined || here.sha256 === null || here.sha256 === sha) continue;
    findings.push({
      path,
      target: here.target,
      kind: 'unmanaged',
      expectedSha256: null,
      actualSha256: here.sha256,
    });
  }
  return findings;
}
