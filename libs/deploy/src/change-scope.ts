import type { DeployedFile, DeployFile } from './deploy-file.js';

export interface ChangeScope {
  /** New files whose path is new or whose digest changed. */
  files: DeployFile[];
  /** Previous files whose digest changed or that the new revision drops. */
  previousFiles: DeployedFile[];
}

/** What differs between two manifests: the only files an apply over a trusted disk needs to read or touch. */
export function changeScope(
  previousFiles: readonly DeployedFile[],
  files: readonly DeployFile[],
): ChangeScope {
  const before = new Map(previousFiles.map((f) => [f.path, f.sha256]));
  const after = new Map(files.map((f) => [f.path, f.sha256]));
  return {
    files: files.filter((f) => before.get(f.path) !== f.sha256),
    previousFiles: previousFiles.filter((f) => after.get(f.path) !== f.sha256),
  };
}
