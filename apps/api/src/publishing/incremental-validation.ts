import {
  hasErrors,
  rulesOnlyChange,
  validateDirectory,
  type Diagnostic,
  type Directory,
  type ServerModel,
} from '#apache';
import type { CachedModel } from '../model-cache/cached-model.js';

/** A model and the full validate() result for exactly that model. */
export interface ValidatedModel {
  model: ServerModel;
  diagnostics: readonly Diagnostic[];
}

/**
 * validate(cached.model), computed from an earlier model's diagnostics when the only difference is some
 * directories' .htaccess rules (the case of an in-memory rules write, proven by object identity): the
 * diagnostics of those directories, and of every directory sharing an .htaccess path with one of them, are
 * replaced by validateDirectory() — O(changed rules) instead of O(server). Anything else, or no earlier
 * model, is the cached model's full validation. Same diagnostics as validate() as a multiset
 * (incremental-validation-equals-full-validation.spec.ts); their order may differ.
 */
export function validateSince(previous: ValidatedModel | undefined, cached: CachedModel): Diagnostic[] {
  // Only from an error-free model: some whole-server errors (e.g. duplicate <Directory> blocks) have no
  // per-directory counterpart, and must never be dropped with the directory's other diagnostics.
  const usable = previous !== undefined && !hasErrors(previous.diagnostics);
  const changed = usable ? rulesOnlyChange(previous.model, cached.model) : null;
  if (previous === undefined || changed === null) return cached.diagnostics;
  if (changed.length === 0) return [...previous.diagnostics];
  const affected = withSharers(cached.model.directories, changed);
  const ids = new Set(affected.map((d) => d.id));
  const kept = previous.diagnostics.filter((d) => !ids.has(directoryOf(d.path) ?? ''));
  const fresh = affected.flatMap((d) => validateDirectory(cached.model, d.id, cached.index, d));
  return [...kept, ...fresh];
}

/** `changed` plus every directory writing the same .htaccess file (same path up to a trailing slash). */
function withSharers(directories: readonly Directory[], changed: readonly Directory[]): Directory[] {
  const keys = new Set(changed.map((d) => htaccessKey(d.path)));
  return directories.filter((d) => keys.has(htaccessKey(d.path)));
}

function htaccessKey(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path;
}

function directoryOf(path: string): string | null {
  const match = /^\/directories\/([^/]+)(?:\/|$)/.exec(path);
  return match === null ? null : (match[1] ?? null);
}
