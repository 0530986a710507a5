import type { Directory, OverrideClass } from '../model/server-model.js';
import { foldAscii as asciiLower } from './ascii-fold.js';
import type { PreparedDirectory } from './directory-chain.js';

/** The handlers mod_wsgi accepts (W4 wsgi_hook_handler). */
export const WSGI_HANDLERS: readonly string[] = ['wsgi-script', 'application/x-httpd-wsgi'];

const ALL_OPTIONS = ['indexes', 'includes', 'followsymlinks', 'symlinksifownermatch', 'execcgi'];

export interface EffectiveOptions {
  execCgi: boolean;
  /** The deepest section whose `Options` line decided, or null for Apache's built-in default. */
  decidedBy: Directory | null;
  keywords: string[];
}

/**
 * Core `Options` merge: a line made only of +X/-X edits the inherited set, any other line replaces it.
 * Apache's built-in default (no section) is FollowSymLinks, so ExecCGI starts off.
 */
export function effectiveOptions(chain: readonly PreparedDirectory[]): EffectiveOptions {
  let set = new Set<string>(['followsymlinks']);
  let decidedBy: Directory | null = null;
  for (const { directory } of chain) {
    if (directory.options.length === 0) continue;
    decidedBy = directory;
    const tokens = directory.options.map(asciiLower);
    const relative = tokens.every((t) => t.startsWith('+') || t.startsWith('-'));
    if (!relative) set = new Set();
    for (const token of tokens) {
      const sign = token[0] === '-' ? '-' : '+';
      const name = token.replace(/^[+-]/, '');
      const names = name === 'all' ? ALL_OPTIONS : name === 'none' ? [] : [name];
      if (name === 'none' && !relative) set.clear();
      for (const n of names) {
        if (sign === '-') set.delete(n);
        else set.add(n);
      }
    }
  }
  return { execCgi: set.has('execcgi'), decidedBy, keywords: [...set] };
}

export interface EffectiveHandler {
  handler: string;
  extension: string;
  definedIn: Directory;
}

/** One section's AddHandler lines as mod_mime stores them: extension (lower-case, no dot) → handler. */
export function handlerTable(directory: Directory): ReadonlyMap<string, EffectiveHandler> {
  const table = new Map<string, EffectiveHandler>();
  for (const mapping of directory.handlers) {
    for (const ext of mapping.extensions) {
      const extension = asciiLower(ext.replace(/^\./, ''));
      table.set(extension, { handler: mapping.handler, extension, definedIn: directory });
    }
  }
  return table;
}

/**
 * mod_mime: AddHandler maps extensions case-insensitively (leading dot optional); a deeper section's mapping
 * for an extension replaces the parent's. Every extension after the first dot of the file name is looked up
 * and the last one that has a handler wins (`app.wsgi.bak` still runs as wsgi-script).
 */
export function effectiveHandler(
  chain: readonly { handlers: ReadonlyMap<string, EffectiveHandler> }[],
  basename: string,
): EffectiveHandler | null {
  let found: EffectiveHandler | null = null;
  let dot = basename.indexOf('.');
  while (dot !== -1) {
    const next = basename.indexOf('.', dot + 1);
    const ext = asciiLower(basename.slice(dot + 1, next === -1 ? undefined : next));
    for (let i = chain.length - 1; i >= 0; i--) {
      const hit = chain[i]?.handlers.get(ext);
      if (hit !== undefined) {
        found = hit;
        break;
      }
    }
    dot = next;
  }
  return found;
}

/**
 * AllowOverride in force for one section's own directory: the nearest section at or above it that emits the
 * directive (an empty list is not emitted); Apache 2.4's built-in default is None.
 */
export function effectiveOverride(chain: readonly PreparedDirectory[], upTo: number): OverrideClass[] {
  for (let i = upTo; i >= 0; i--) {
    const classes = chain[i]?.directory.allowOverride ?? [];
    if (classes.length > 0) return classes;
  }
  return ['None'];
}
