import { posix } from 'node:path';
import type { ChangePlan } from './classify.js';
import type { JournalEntry } from './journal.js';
import type { FileSystem } from './ports/file-system.port.js';
import { scratchPathFor } from './scratch-names.js';
import { fileKind } from './target-path.js';

/** The journal entries of a plan, in swap order: writes (.htaccess → maps → include) then deletes. */
export function planEntries(plan: ChangePlan, token: string): JournalEntry[] {
  const writes = plan.writes.map((w) => ({
    path: w.file.path,
    target: w.target,
    staged: scratchPathFor(w.target, token, 'new'),
    backup: w.exists ? scratchPathFor(w.target, token, 'bak') : ('absent' as const),
  }));
  const deletes = plan.deletes.map((d) => ({
    path: d.path,
    target: d.target,
    staged: null,
    backup: scratchPathFor(d.target, token, 'bak'),
  }));
  // Deleted .htaccess go with the other .htaccess; deleted maps after the include that stopped naming them.
  const htaccessDeletes = deletes.filter((d) => fileKind(d.path) === 'htaccess');
  const configDeletes = deletes.filter((d) => fileKind(d.path) !== 'htaccess');
  const firstConfig = writes.findIndex((w) => fileKind(w.path) !== 'htaccess');
  const split = firstConfig < 0 ? writes.length : firstConfig;
  return [...writes.slice(0, split), ...htaccessDeletes, ...writes.slice(split), ...configDeletes];
}

/**
 * Writes each changed file next to its target and fsyncs it. Config-tree directories are created;
 * an .htaccess directory must already exist (it belongs to a tenant, with the tenant's ownership).
 */
export async function stageFiles(
  fs: FileSystem,
  plan: ChangePlan,
  entries: readonly JournalEntry[],
  configDir: string,
  observe?: (done: number) => void,
): Promise<void> {
  const content = new Map(plan.writes.map((w) => [w.target, w.file.content]));
  let done = 0;
  for (const entry of entries) {
    if (entry.staged === null) continue;
    const dir = posix.dirname(entry.target);
    if (dir === configDir || dir.startsWith(`${configDir}/`)) await fs.ensureDir(dir);
    else if (!(await fs.isDirectory(dir)))
      throw new Error(`directory ${dir} does not exist (for ${entry.path})`);
    await fs.writeDurable(entry.staged, content.get(entry.target) ?? '', 0o644);
    done += 1;
    observe?.(done);
  }
}
