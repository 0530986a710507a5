import { hasErrors, type Diagnostic } from '../model/diagnostic.js';
import type { Directory, ServerModel } from '../model/server-model.js';
import type { ModelIndex } from '../validate/index.js';
import { htaccessFilesAt } from './htaccess-patch.js';
import { danglingReferences } from './render-gate.js';
import { RenderRefusedError } from './render-refused.error.js';
import { compareText, type RenderedFile } from './rendered-file.js';
import { writeFiles } from './write-files.js';

/** A rendering the caller made earlier, and the exact model it was made from. */
export interface PreviousRendering {
  model: ServerModel;
  files: readonly RenderedFile[];
}

export interface RenderValidatedOptions {
  /** buildModelIndex(model) if the caller has it (saves the vhost lookup). */
  index?: ModelIndex;
  /**
   * When `model` differs from `previous.model` only in some directories' .htaccess rules (the objects that
   * did not change are the same objects, as after an in-memory rules write), only the .htaccess files of those
   * directories' paths are rendered again; everything else is taken from `previous.files`. The result is
   * byte-identical to a full render (render-validated-patch-equals-full-render.spec.ts).
   */
  previous?: PreviousRendering;
}

/**
 * render() for a caller that has just run validate(model) itself (e.g. a publish, which must report the
 * diagnostics anyway): the validation is not run a second time. Refuses, like render(), when the diagnostics
 * hold an error or a group/directory names a vhost the model lacks.
 */
export function renderValidated(
  model: ServerModel,
  diagnostics: readonly Diagnostic[],
  options: RenderValidatedOptions = {},
): RenderedFile[] {
  const vhosts = options.index?.vhostsById ?? new Map(model.virtualHosts.map((v) => [v.id, v]));
  const blockers = [...diagnostics, ...danglingReferences(model, vhosts)];
  if (hasErrors(blockers)) throw new RenderRefusedError(blockers);
  const previous = options.previous;
  const changed = previous === undefined ? null : rulesOnlyChange(previous.model, model);
  if (previous === undefined || changed === null) return writeFiles(model);
  if (changed.length === 0) return [...previous.files];
  const patch = htaccessFilesAt(model.directories, changed);
  const kept = previous.files.filter((f) => !patch.paths.has(f.path));
  return [...kept, ...patch.files].sort((a, b) => compareText(a.path, b.path));
}

/**
 * The directories of `after` whose rules are all that differs from `before`, or null when anything else
 * changed (then only a full render is certain). Decided by object identity, so a model loaded afresh from the
 * database (no shared objects) is always "something else changed".
 */
export function rulesOnlyChange(before: ServerModel, after: ServerModel): Directory[] | null {
  if (!sameExcept(before, after, 'directories')) return null;
  if (before.directories.length !== after.directories.length) return null;
  const changed: Directory[] = [];
  for (let i = 0; i < after.directories.length; i++) {
    const was = before.directories[i] as Directory;
    const now = after.directories[i] as Directory;
    if (was === now) continue;
    if (!sameExcept(was, now, 'rules')) return null;
    changed.push(now);
  }
  return changed;
}

/** Same keys, and every value but `except` the very same (===) value. */
function sameExcept<T extends object>(a: T, b: T, except: keyof T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => k === except || (Object.hasOwn(b, k) && a[k] === b[k]));
}
