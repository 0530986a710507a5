import { needsReload } from '#deploy';

export type ChangeKind = 'reload' | 'no-reload' | 'none';

interface Hashed {
  path: string;
  sha256: string;
}

/**
 * What going from `before` to `after` costs the web server: a graceful restart when the include file changes
 * (Apache reads it at start); nothing but file writes when only .htaccess files (read per request) or
 * RewriteMap files (re-read when their mtime changes) do. See needsReload in libs/deploy.
 */
export function changeKind(before: readonly Hashed[], after: readonly Hashed[]): ChangeKind {
  const old = new Map(before.map((f) => [f.path, f.sha256]));
  const next = new Map(after.map((f) => [f.path, f.sha256]));
  const changed = [...new Set([...old.keys(), ...next.keys()])].filter((p) => old.get(p) !== next.get(p));
  if (changed.length === 0) return 'none';
  return changed.some(needsReload) ? 'reload' : 'no-reload';
}
