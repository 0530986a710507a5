import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, ServerModel } from '../model/server-model.js';
import { htaccessFileOf } from '../validate/htaccess-file.js';
import { validate, validateDirectory } from '../validate/validate.js';
import { rulesOnlyDifference, type ChangedRules } from './rules-only-difference.js';
import type { SpecBaseline } from './spec-baseline.js';

/**
 * validate(desired), exactly (same diagnostics, same order), without walking the whole server in the usual case of a
 * PUT: the export with some .htaccess rules changed, over a server with no diagnostics.
 *
 * - `desired` equal to the baseline's model (jsonEqual): the baseline's diagnostics.
 * - Only rules differ and the baseline has no diagnostics at all: the changed directories and those sharing their
 *   .htaccess file are checked with validateDirectory, on the baseline's model and index with the changed directories
 *   put in (the premise of the .htaccess route's incremental check: rules change no other object's diagnostics). If
 *   that finds nothing, validate(desired) finds nothing either; if it finds something, validate(desired) is run after
 *   all, so what the client reads (and its order) is the full validation's.
 * - Anything else: validate(desired).
 */
export function validateAgainstBaseline(
  desired: ServerModel,
  baseline: SpecBaseline,
  /** rulesOnlyDifference(baseline.model, desired), when the caller has it (planAgainstBaseline takes it too). */
  changed: readonly ChangedRules[] | null = rulesOnlyDifference(baseline.model, desired),
): Diagnostic[] {
  if (changed === null) return validate(desired);
  if (changed.length === 0) return [...baseline.diagnostics];
  // A clean baseline only: a whole-server diagnostic of a changed directory (e.g. a duplicate block) has no
  // per-directory counterpart; and duplicate ids would make the id lookup below ambiguous.
  const base = baseline.model;
  if (baseline.diagnostics.length > 0 || baseline.index.directoriesById.size !== base.directories.length)
    return validate(desired);
  const directories = [...base.directories];
  const directoriesById = new Map(baseline.index.directoriesById);
  for (const { position, directory } of changed) {
    directories[position] = directory;
    directoriesById.set(directory.id, directory);
  }
  // The baseline's objects with the changed directories in: equal to `desired` in JSON terms, and consistent with
  // the baseline's index (same ids and paths: only rules differ).
  const model: ServerModel = { ...base, directories };
  const index = { ...baseline.index, model, directoriesById };
  for (const directory of withSharers(
    changed.map((c) => c.directory),
    baseline,
    directoriesById,
  )) {
    if (validateDirectory(model, directory.id, index, directory).length > 0) return validate(desired);
  }
  return [];
}

/** The changed directories and every directory writing the same .htaccess file. */
function withSharers(
  changed: readonly Directory[],
  baseline: SpecBaseline,
  directoriesById: ReadonlyMap<string, Directory>,
): Directory[] {
  const ids = new Set<string>();
  for (const directory of changed) {
    ids.add(directory.id);
    for (const id of baseline.index.directoriesByHtaccessFile.get(htaccessFileOf(directory.path)) ?? [])
      ids.add(id);
  }
  return [...ids].flatMap((id) => {
    const directory = directoriesById.get(id);
    return directory === undefined ? [] : [directory];
  });
}
