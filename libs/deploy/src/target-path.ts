import { posix } from 'node:path';

/** Where one server keeps its generated files. */
export interface DeployTarget {
  /** Absolute; the same value the engine wrote into RewriteMap lines (model.configDir). */
  configDir: string;
  /** Prepended to absolute (.htaccess) paths; tests use a temp root. */
  rootPrefix?: string;
}

export const CONFIG_TREE = 'httpd/';
/** The file Apache's own config Includes; swapped last. */
export const INCLUDE_FILE = 'httpd/hostplane.conf';

export type FileKind = 'include' | 'map' | 'config' | 'htaccess';

/** Include and maps are read by Apache at (re)start, so they need a reload; .htaccess is read per request. */
export function fileKind(renderedPath: string): FileKind {
  if (renderedPath === INCLUDE_FILE) return 'include';
  if (renderedPath.startsWith(`${CONFIG_TREE}maps/`)) return 'map';
  if (renderedPath.startsWith(CONFIG_TREE)) return 'config';
  return 'htaccess';
}

/**
 * Only the include file (and other server config) is read at (re)start. .htaccess is read per request,
 * and mod_rewrite re-reads a txt: RewriteMap whenever its mtime changes (proven on the real Apache by
 * test/oracle/rewrite-map-change-needs-no-reload.spec.ts); every write here is a rename of a new file,
 * so a changed map always gets a new mtime. A map that appears or disappears comes with an include change.
 */
export function needsReload(renderedPath: string): boolean {
  const kind = fileKind(renderedPath);
  return kind !== 'htaccess' && kind !== 'map';
}

/**
 * The one mapping from rendered path to disk path, matching the engine's RewriteMap lines
 * (`txt:<configDir>/maps/<stem>.map` for "httpd/maps/<stem>.map"): "httpd/X" → "<configDir>/X",
 * "/abs/path" → "<rootPrefix>/abs/path". Anything that is not already normalized is refused, so no
 * rendered path can climb out of its tree.
 */
export function targetPathFor(renderedPath: string, target: DeployTarget): string {
  if (renderedPath.includes('\0'))
    throw new Error(`rendered path contains NUL: ${JSON.stringify(renderedPath)}`);
  const configDir = configDirPath(target);
  if (renderedPath.startsWith(CONFIG_TREE)) {
    const rest = renderedPath.slice(CONFIG_TREE.length);
    if (
      rest === '' ||
      rest.startsWith('/') ||
      posix.normalize(rest) !== rest ||
      rest.split('/').includes('..')
    ) {
      throw new Error(`rendered config path is not a plain relative path: ${renderedPath}`);
    }
    return `${configDir}/${rest}`;
  }
  const absolute = normalizedAbsolute(renderedPath, 'rendered path');
  if (absolute === '/') throw new Error('rendered path is the root directory');
  const prefix = target.rootPrefix === undefined ? '' : normalizedAbsolute(target.rootPrefix, 'rootPrefix');
  return prefix === '/' ? absolute : `${prefix}${absolute}`;
}

/** configDir without a trailing slash, checked. */
export function configDirPath(target: DeployTarget): string {
  return normalizedAbsolute(target.configDir, 'configDir');
}

function normalizedAbsolute(path: string, what: string): string {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  if (!trimmed.startsWith('/') || posix.normalize(trimmed) !== trimmed) {
    throw new Error(`${what} must be a normalized absolute path: ${JSON.stringify(path)}`);
  }
  return trimmed;
}
