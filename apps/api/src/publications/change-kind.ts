import { needsReload } from '#deploy';

export type ChangeKind = 'reload' | 'htaccess-only' | 'none';

interface Hashed {
  path: string;
  sha256: string;
}

/**
 * What going from `before` to `after` costs the web server: a graceful restart when the include file or a
 * map changes (Apache reads them at start), nothing but file writes when only .htaccess files do.
 */
export function changeKind(before: readonly Hashed[], after: readonly Hashed[]): ChangeKind {
  const old = new Map(before.map((f) => [f.path, f.sha256]));
  const next = new Map(after.map((f) => [f.path, f.sha256]));
  const changed = [...new Set([...old.keys(), ...next.keys()])].filter((p) => old.get(p) !== next.get(p));
  if (changed.length === 0) return 'none';
  return changed.some(needsReload) ? 'reload' : 'htaccess-only';
}
