import type { PreparedDirectory } from './directory-chain.js';
import { effectiveOverride } from './directory-options.js';
import { htaccessVerdict, type CompiledRule } from './htaccess-rules.js';
import { Answer, type Walk } from './request-walk.js';
import type { ReadHtaccess } from './wsgi-dispatch.js';

/** .htaccess files are read level by level during the walk; a refused directive fails the whole request. */
export function readHtaccessFiles(
  walk: Walk,
  chain: readonly PreparedDirectory[],
  fileDir: string,
): ReadHtaccess[] | Answer {
  const { pm, trace } = walk;
  const htaccess: ReadHtaccess[] = [];
  // Above the shallowest section AllowOverride is Apache's default None: those levels are never opened.
  for (const level of chain.length === 0 ? [] : ancestorsOf(fileDir, (chain[0] as { path: string }).path)) {
    const found = pm.htaccessAt(level);
    if (found === undefined) continue;
    const upTo = lastIndexAtOrAbove(chain, level);
    const overrides = upTo === -1 ? (['None'] as const) : effectiveOverride(chain, upTo);
    const verdict = htaccessVerdict(overrides, found.rules);
    const source = `${found.path === '/' ? '' : found.path}/.htaccess`;
    if (verdict.kind === 'not-read') {
      trace.add('htaccess', source, `AllowOverride None for ${level}: Apache never opens the file`);
      continue;
    }
    if (verdict.kind === 'error') {
      const message = `${source}: ${verdict.message}`;
      trace.add(
        'htaccess',
        source,
        `AllowOverride ${overrides.join(' ')}: ${message} → 500 for every request below ${level}`,
      );
      return new Answer(500, message);
    }
    trace.add(
      'htaccess',
      source,
      `read (AllowOverride ${overrides.join(' ')}): ${found.rules.length} <Files>/<FilesMatch> block(s)`,
    );
    htaccess.push({ source, rules: found.rules as CompiledRule[] });
  }
  return htaccess;
}

/** ("/a/b/c", "/a") → ["/a", "/a/b", "/a/b/c"]: the levels ap_directory_walk visits from `from` down. */
function ancestorsOf(dir: string, from: string): string[] {
  const levels = [from];
  if (dir === from) return levels;
  let at = from === '/' ? 0 : from.length;
  while ((at = dir.indexOf('/', at + 1)) !== -1) levels.push(dir.slice(0, at));
  levels.push(dir);
  return levels;
}

/** Index of the deepest chain section whose path is `level` or above it (its config governs `level`). */
function lastIndexAtOrAbove(chain: readonly { path: string }[], level: string): number {
  for (let i = chain.length - 1; i >= 0; i--) {
    const p = (chain[i] as { path: string }).path;
    if (p === '/' || p === level || level.startsWith(`${p}/`)) return i;
  }
  return -1;
}
