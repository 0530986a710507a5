import type { Directory } from '../model/server-model.js';
import { sortedEntries } from '../render/stable-order.js';
import { handlerTable, type EffectiveHandler } from './directory-options.js';

export interface PreparedDirectory {
  directory: Directory;
  /** The path without a trailing slash ("/" stays "/"). */
  path: string;
  components: number;
  /** This section's own AddHandler table (merged across the chain at request time). */
  handlers: ReadonlyMap<string, EffectiveHandler>;
  /** This section's SetEnv lines in rendered (name) order. */
  env: [string, string][];
}

function stripTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') || '/' : path;
}

/**
 * H request.c ap_directory_walk merges non-regex `<Directory>` sections by increasing component count,
 * keeping config order among sections of equal depth. `directories` must already be in config order.
 */
export function prepareDirectories(directories: readonly Directory[]): PreparedDirectory[] {
  return directories
    .map((directory, order) => {
      const path = stripTrailingSlash(directory.path);
      const components = path === '/' ? 0 : slashes(path);
      return { directory, path, components, order };
    })
    .sort((a, b) => a.components - b.components || a.order - b.order)
    .map(({ directory, path, components }) => ({
      directory,
      path,
      components,
      handlers: handlerTable(directory),
      env: sortedEntries(directory.env),
    }));
}

function slashes(path: string): number {
  let count = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 0x2f) count++;
  return count;
}

/** The directory part of a file path (`/a/b/c.wsgi` → `/a/b`). */
export function parentDirectory(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash <= 0 ? '/' : file.slice(0, slash);
}

export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** The sections whose path is the file's directory or one of its ancestors, in Apache's merge order. */
export function containingDirectories(
  sorted: readonly PreparedDirectory[],
  fileDirectory: string,
): PreparedDirectory[] {
  return sorted.filter((d) => d.path === '/' || d.path === fileDirectory || isBelow(fileDirectory, d.path));
}

/** `dir.startsWith(`${parent}/`)` without building the string on every request. */
function isBelow(dir: string, parent: string): boolean {
  return dir.length > parent.length && dir.charCodeAt(parent.length) === 0x2f && dir.startsWith(parent);
}

/** How a section is named in traces. */
export function sectionName(directory: Pick<Directory, 'path'>): string {
  return `<Directory ${directory.path}>`;
}
