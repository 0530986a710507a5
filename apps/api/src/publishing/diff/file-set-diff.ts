import { unifiedDiff } from './unified-diff.js';

export interface DiffableFile {
  path: string;
  content: string;
  sha256: string;
}

export interface FileDiff {
  path: string;
  change: 'added' | 'removed' | 'modified';
  diff: string;
}

/** Per-file unified diffs from `before` to `after`, sorted by path; identical files are left out. */
export function diffFileSets(before: readonly DiffableFile[], after: readonly DiffableFile[]): FileDiff[] {
  const old = new Map(before.map((f) => [f.path, f]));
  const next = new Map(after.map((f) => [f.path, f]));
  const paths = [...new Set([...old.keys(), ...next.keys()])].sort();
  const out: FileDiff[] = [];
  for (const path of paths) {
    const a = old.get(path);
    const b = next.get(path);
    if (a !== undefined && b !== undefined && a.sha256 === b.sha256) continue;
    const change = a === undefined ? 'added' : b === undefined ? 'removed' : 'modified';
    out.push({ path, change, diff: unifiedDiff(path, a?.content ?? null, b?.content ?? null) });
  }
  return out;
}
