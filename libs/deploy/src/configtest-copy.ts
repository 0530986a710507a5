import { CONFIG_TREE } from './target-path.js';

/**
 * The include file as configtest must see it. mod_rewrite stats `txt:` and `dbm=<type>:` map files while
 * parsing, so a map that is new in this revision exists only as its staged file yet: point those RewriteMap
 * paths at the staged files (a dbm map's staged file is the one httxt2dbm built). Only whole map tokens are
 * replaced, so line numbers and everything else stay identical to the file that will go live.
 */
export function configtestText(
  includeText: string,
  configDir: string,
  stagedMaps: ReadonlyMap<string, string>,
): string {
  if (stagedMaps.size === 0) return includeText;
  const byLivePath = new Map<string, string>();
  for (const [renderedPath, staged] of stagedMaps) {
    byLivePath.set(`${configDir}/${renderedPath.slice(CONFIG_TREE.length)}`, staged);
  }
  return includeText.replace(/(\b(?:txt|dbm=[a-z]+):)(\S+)/g, (whole, prefix: string, path: string) => {
    const staged = byLivePath.get(path);
    return staged === undefined ? whole : `${prefix}${staged}`;
  });
}
