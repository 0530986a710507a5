import { posix } from 'node:path';
import type { ChangePlan, PlannedBuild } from './classify.js';
import type { CommandTemplate } from './command-template.js';
import type { DeployFile } from './deploy-file.js';
import type { DiskState } from './disk-state.js';
import type { FileSystem } from './ports/file-system.port.js';
import { CONFIG_TREE } from './target-path.js';

const MAPS = `${CONFIG_TREE}maps/`;

/**
 * A rendered `httpd/maps/<stem>.txt` is the source of a dbm RewriteMap: the include names
 * `dbm=db:<configDir>/maps/<stem>.dbm`, which the applier builds from it on the web server (libs/apache
 * process-group-map.render.ts). The .dbm is in no manifest: it follows its source (built when the source is
 * written or the .dbm is missing, deleted with it) and is staged, swapped and rolled back like any file.
 */
export function dbmBuiltFrom(renderedPath: string): string | null {
  if (!renderedPath.startsWith(MAPS) || !renderedPath.endsWith('.txt')) return null;
  const name = renderedPath.slice(MAPS.length);
  if (name.includes('/')) return null;
  return `${MAPS}${name.slice(0, -'.txt'.length)}.dbm`;
}

/**
 * Berkeley DB named explicitly, as the include's `dbm=db:` does: both sides must agree on the type, and a
 * DB map is one file (SDBM would be two). `-v` lists every pair it stored, which the build step counts.
 */
export const DEFAULT_MAP_BUILD: CommandTemplate = {
  argv: ['httxt2dbm', '-v', '-f', 'DB', '-i', '{source}', '-o', '{output}'],
};

export function expandMapBuild(template: CommandTemplate, source: string, output: string): string[] {
  return template.argv.map((arg) =>
    arg.replace(/\{(source|output)\}/g, (_, key: string) => (key === 'source' ? source : output)),
  );
}

/** The pairs httxt2dbm reads from a map text: blank lines and # comments skipped, key and value needed. */
export function mapPairCount(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words[0] === '' || words[0]?.startsWith('#') === true) continue;
    if (words.length >= 2) n += 1;
  }
  return n;
}

/** Pairs httxt2dbm -v reported storing ("    'key' -> 'value'"). */
export function storedPairCount(output: string): number {
  return output.split('\n').filter((l) => /^\s+'.*' -> '.*'$/.test(l)).length;
}

/**
 * Adds the dbm builds and deletes a plan implies: a build for each written source and for each source in
 * scope whose .dbm is missing on disk; a delete of the .dbm of each deleted source.
 */
export async function withDerivedMaps(
  fs: FileSystem,
  plan: ChangePlan,
  files: readonly DeployFile[],
  disk: DiskState,
): Promise<ChangePlan> {
  const written = new Set(plan.writes.map((w) => w.file.path));
  const builds: PlannedBuild[] = [];
  for (const file of files) {
    const path = dbmBuiltFrom(file.path);
    const source = disk.get(file.path);
    if (path === null || source === undefined) continue;
    const target = derivedTarget(source.target);
    const exists = (await fs.inspect(target)) !== null;
    if (written.has(file.path) || !exists) {
      builds.push({ path, target, exists, source: { path: file.path, target: source.target } });
    }
  }
  const deletes = [...plan.deletes];
  for (const d of plan.deletes) {
    const path = dbmBuiltFrom(d.path);
    if (path === null) continue;
    const target = derivedTarget(d.target);
    if ((await fs.inspect(target)) !== null) deletes.push({ path, target });
  }
  return { ...plan, builds, deletes };
}

function derivedTarget(sourceTarget: string): string {
  return posix.join(posix.dirname(sourceTarget), `${posix.basename(sourceTarget, '.txt')}.dbm`);
}
