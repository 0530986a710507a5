import type { Directory } from '../model/server-model.js';
import { renderHtaccess } from './htaccess.render.js';
import { RenderRefusedError } from './render-refused.error.js';
import { renderedFile, type RenderedFile } from './rendered-file.js';
import { sortByKeyThenId } from './stable-order.js';
import { htaccessClash, htaccessPathOf, withoutTrailingSlash } from './write-files.js';

export interface HtaccessPatch {
  /** Every .htaccess path the changed directories write to (a path may now have no file). */
  paths: Set<string>;
  /** The files at those paths, exactly as writeFiles() would produce them. */
  files: RenderedFile[];
}

/**
 * The .htaccess files at the paths of `changed`, computed from ALL directories sharing each path, in the
 * order writeFiles() visits them (by path, then id): the first directory with rules writes the file, any other
 * with different rules is the same RENDER_HTACCESS_CONFLICT. One pass over the directories to find the sharers.
 */
export function htaccessFilesAt(
  directories: readonly Directory[],
  changed: readonly Directory[],
): HtaccessPatch {
  const keys = new Set(changed.map((d) => withoutTrailingSlash(d.path)));
  const sharers = sortByKeyThenId(
    directories.filter((d) => keys.has(withoutTrailingSlash(d.path))),
    (d) => d.path,
  );
  const paths = new Set(changed.map(htaccessPathOf));
  const written = new Map<string, { file: RenderedFile; owner: string }>();
  for (const dir of sharers) {
    if (dir.rules.length === 0) continue;
    const path = htaccessPathOf(dir);
    const file = renderedFile(path, renderHtaccess(dir.rules));
    const earlier = written.get(path);
    if (earlier !== undefined && earlier.file.sha256 !== file.sha256) {
      throw new RenderRefusedError([htaccessClash(dir.id, path, earlier.owner)]);
    }
    if (earlier === undefined) written.set(path, { file, owner: dir.id });
  }
  return { paths, files: [...written.values()].map((w) => w.file) };
}
