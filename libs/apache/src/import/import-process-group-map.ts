import { posix } from 'node:path';
import type { ConfigDirective } from '../config-files/config-directive.js';
import type { ProcessGroupMap } from '../model/server-model.js';

export function isRewrite(d: ConfigDirective): boolean {
  return d.nameKey.startsWith('rewrite');
}

/** A RewriteRule pattern that matches every request path (they all start with `/`). */
const EVERY_PATH = new Set(['^', '.', '.*', '^/', '^.*$', '^/.*$']);

export interface ImportedMap {
  readonly map: ProcessGroupMap;
  /** The map file as the client named it: its lines are the map's entries. */
  readonly file: string;
}

/**
 * WSGIProcessGroup.rst's selection by RewriteMap, in the one shape Hostplane renders: a vhost whose only rewrite lines
 * are `RewriteEngine On`, `RewriteMap <name> txt:<file>` and `RewriteRule <every path> - [E=VAR:${<name>:%{REQUEST_URI}|fallback}]`,
 * with the map file among the uploaded files. A `dbm=db:<stem>.dbm` (or `dbm:`) map is adopted as format "dbm" when its
 * text source `<stem>.txt`, which Hostplane writes beside it, is uploaded: the .dbm itself is binary. Anything else
 * (conditions, other rules, another dbm type, no fallback, a missing file) is not adopted: the caller lists the lines
 * as lost.
 */
export function importProcessGroupMap(
  rewrites: readonly ConfigDirective[],
  fileContent: (path: string) => string | undefined,
): ImportedMap | null {
  if (rewrites.length !== 3) return null;
  const engine = rewrites.find((d) => d.nameKey === 'rewriteengine');
  const declared = rewrites.find((d) => d.nameKey === 'rewritemap');
  const rule = rewrites.find((d) => d.nameKey === 'rewriterule');
  if (engine === undefined || declared === undefined || rule === undefined) return null;
  if (engine.args.length !== 1 || engine.args[0]!.toLowerCase() !== 'on') return null;
  if (declared.args.length !== 2) return null;
  const dbm = /^dbm(?:=db)?:(.+)\.dbm$/.exec(declared.args[1]!);
  if (!declared.args[1]!.startsWith('txt:') && dbm === null) return null;
  if (rule.args.length !== 3 || !EVERY_PATH.has(rule.args[0]!) || rule.args[1] !== '-') return null;
  const name = declared.args[0]!;
  const flag = /^\[E=([A-Za-z_][A-Za-z0-9_]*):\$\{([^:}]+):%\{REQUEST_URI\}\|([^}|]+)\}\]$/.exec(
    rule.args[2]!,
  );
  if (flag === null || flag[2] !== name) return null;
  const file = dbm === null ? declared.args[1]!.slice('txt:'.length) : `${dbm[1]}.txt`;
  const content = fileContent(posix.normalize(file));
  if (content === undefined) return null;
  const entries: ProcessGroupMap['entries'] = [];
  for (const line of content.split('\n')) {
    // mod_rewrite's txt map: `key value`, blank lines and `#` comments skipped. It also skips a line that starts with
    // white space, which Hostplane would render as an entry: such a file is not adopted.
    if (line.trim() === '' || line.startsWith('#')) continue;
    const words = line.trim().split(/\s+/);
    if (/^\s/.test(line) || words.length !== 2) return null;
    entries.push({ uri: words[0]!, processGroup: words[1]! });
  }
  const format = dbm === null ? {} : { format: 'dbm' as const };
  return { map: { variable: flag[1]!, fallback: flag[3]!, entries, ...format }, file };
}
