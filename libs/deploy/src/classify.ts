import type { DeployedFile, DeployFile } from './deploy-file.js';
import type { DiskState } from './disk-state.js';
import { fileKind, needsReload } from './target-path.js';

export interface PlannedWrite {
  file: DeployFile;
  target: string;
  /** Whether a file is there now (then it is backed up before being replaced). */
  exists: boolean;
}

export interface PlannedDelete {
  path: string;
  target: string;
}

/** A dbm map the applier builds from its rendered source (derived-maps.ts); it is in no manifest. */
export interface PlannedBuild {
  path: string;
  target: string;
  exists: boolean;
  source: { path: string; target: string };
}

export interface ChangePlan {
  writes: PlannedWrite[];
  deletes: PlannedDelete[];
  /** Filled by withDerivedMaps after classification. */
  builds: PlannedBuild[];
  /** True when a file Apache reads at (re)start changes; .htaccess is read per request. */
  reload: boolean;
}

/** Swap order: .htaccess first, other config, the include file last, so the include never names a missing map. */
const ORDER = { htaccess: 0, config: 1, map: 1, include: 2 } as const;

/** Only files whose digest differs from the disk are written; previous files the new revision lacks are deleted. */
export function classifyChanges(
  files: readonly DeployFile[],
  previousFiles: readonly DeployedFile[],
  disk: DiskState,
): ChangePlan {
  const writes: PlannedWrite[] = [];
  for (const file of files) {
    const here = disk.get(file.path);
    if (here === undefined) throw new Error(`disk state lacks ${file.path}`);
    if (here.sha256 !== file.sha256) writes.push({ file, target: here.target, exists: here.sha256 !== null });
  }
  const keep = new Set(files.map((f) => f.path));
  const deletes: PlannedDelete[] = [];
  for (const prev of previousFiles) {
    const here = disk.get(prev.path);
    if (keep.has(prev.path) || here === undefined || here.sha256 === null) continue;
    if (!deletes.some((d) => d.path === prev.path)) deletes.push({ path: prev.path, target: here.target });
  }
  writes.sort((a, b) => ORDER[fileKind(a.file.path)] - ORDER[fileKind(b.file.path)]);
  const reload = [...writes.map((w) => w.file.path), ...deletes.map((d) => d.path)].some(needsReload);
  return { writes, deletes, builds: [], reload };
}
