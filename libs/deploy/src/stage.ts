import { posix } from 'node:path';
import type { ChangePlan } from './classify.js';
import type { JournalEntry } from './journal.js';
import type { FileSystem } from './ports/file-system.port.js';
import { scratchPathFor } from './scratch-names.js';
import { fileKind } from './target-path.js';
import { TenantDirectoryGuard } from './tenant-directory-guard.js';

/** The journal entries of a plan, in swap order: writes (.htaccess → maps, built dbm maps → include) then deletes. */
export function planEntries(
  plan: ChangePlan,
  token: string,
  scratchDirOf: (target: string) => string | undefined = () => undefined,
): JournalEntry[] {
  const writes = plan.writes.map((w) => ({
    path: w.file.path,
    target: w.target,
    staged: scratchPathFor(w.target, token, 'new', scratchDirOf(w.target)),
    backup: w.exists ? scratchPathFor(w.target, token, 'bak', scratchDirOf(w.target)) : ('absent' as const),
  }));
  const stagedSource = new Map(writes.map((w) => [w.path, w.staged]));
  const builds = plan.builds.map((b) => ({
    path: b.path,
    target: b.target,
    staged: scratchPathFor(b.target, token, 'new'),
    backup: b.exists ? scratchPathFor(b.target, token, 'bak') : ('absent' as const),
    // The new source when it is written in this apply, else the live one (unchanged, checked for drift).
    buildFrom: stagedSource.get(b.source.path) ?? b.source.target,
  }));
  const deletes = plan.deletes.map((d) => ({
    path: d.path,
    target: d.target,
    staged: null,
    backup: scratchPathFor(d.target, token, 'bak', scratchDirOf(d.target)),
  }));
  // Deleted .htaccess go with the other .htaccess; deleted maps after the include that stopped naming them.
  const htaccessDeletes = deletes.filter((d) => fileKind(d.path) === 'htaccess');
  const configDeletes = deletes.filter((d) => fileKind(d.path) !== 'htaccess');
  const firstConfig = writes.findIndex((w) => fileKind(w.path) !== 'htaccess');
  const split = firstConfig < 0 ? writes.length : firstConfig;
  const include = writes.findIndex((w) => fileKind(w.path) === 'include');
  const beforeInclude = include < 0 ? writes.length : include;
  return [
    ...writes.slice(0, split),
    ...htaccessDeletes,
    ...writes.slice(split, beforeInclude),
    ...builds,
    ...writes.slice(beforeInclude),
    ...configDeletes,
  ];
}

/**
 * Where the scratch of each tenant directory goes: the root-owned stage directory when it is on the same
 * file system (rename(2) across directories of one file system is still atomic), else beside the target
 * (a separate /home partition: a tenant can then delete our scratch, which only makes the apply roll back).
 */
export async function scratchPlacement(
  fs: FileSystem,
  plan: ChangePlan,
  stageDir: string,
): Promise<(target: string) => string | undefined> {
  await fs.ensureDir(stageDir);
  const stageDev = (await fs.inspect(stageDir))?.dev;
  const aside = new Set<string>();
  const targets = [...plan.writes.map((w) => w.file.path), ...plan.deletes.map((d) => d.path)];
  const disk = [...plan.writes.map((w) => w.target), ...plan.deletes.map((d) => d.target)];
  for (const [i, path] of targets.entries()) {
    const dir = posix.dirname(disk[i] ?? '');
    if (!TenantDirectoryGuard.guards(path) || aside.has(dir)) continue;
    if (stageDev !== undefined && (await fs.inspect(dir))?.dev === stageDev) aside.add(dir);
  }
  return (target) => (aside.has(posix.dirname(target)) ? stageDir : undefined);
}

/**
 * Writes each changed file to its staging name and fsyncs it. Config-tree directories are created;
 * an .htaccess directory must already exist (it belongs to a tenant, with the tenant's ownership) and be
 * a plain directory path (the guard refuses symlinks anywhere in it).
 */
export async function stageFiles(
  fs: FileSystem,
  plan: ChangePlan,
  entries: readonly JournalEntry[],
  configDir: string,
  guard: TenantDirectoryGuard,
  observe?: (done: number) => void,
): Promise<void> {
  const content = new Map(plan.writes.map((w) => [w.target, w.file.content]));
  let done = 0;
  for (const entry of entries) {
    // Built maps are made after every source is staged (buildMapsStep).
    if (entry.staged === null || entry.buildFrom !== undefined) continue;
    const dir = posix.dirname(entry.target);
    if (dir === configDir || dir.startsWith(`${configDir}/`)) await fs.ensureDir(dir);
    else if ((await guard.check(entry.path)) === 'absent')
      throw new Error(`directory ${dir} does not exist (for ${entry.path})`);
    await fs.writeDurable(entry.staged, content.get(entry.target) ?? '', 0o644);
    done += 1;
    observe?.(done);
  }
}
