import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerModel, Tenant } from '../model/server-model.js';
import { buildModelIndex, type ModelIndex } from '../validate/model-index.js';
import { validate } from '../validate/validate.js';
import { modelOfSpec } from './model-of-spec.js';
import { planFormsOf, type PlanForms } from './plan-forms.js';
import { planOfForms, type PlanEntry } from './plan-of-spec.js';

/**
 * A model read from a document over one current model, with its plan and full validation: what a PUT without a
 * baseline computes anyway, kept by the API per model revision (and per list of the installation's tenants, which
 * the model includes). A later document whose model differs from this one only in .htaccess rules (the same document
 * applied after its dry run, or the export with a line changed after a dry run of the export) is then planned and
 * validated per changed directory (planAgainstBaseline, validateAgainstBaseline). Nothing here is ever modified.
 */
export interface SpecBaseline {
  readonly current: ServerModel;
  /** planFormsOf(current). */
  readonly forms: PlanForms;
  /** The tenants `model` was read with: the baseline answers only for documents read with equal ones. */
  readonly knownTenants: readonly Tenant[];
  /** The model read from the document (with the database ids new objects were given, if any). */
  readonly model: ServerModel;
  /** The ids that document lists (its pointers). */
  readonly listed: ReadonlySet<string>;
  /** The ids of the objects it creates. */
  readonly created: ReadonlySet<string>;
  /** planOfSpec(current, model, listed, created). */
  readonly plan: readonly PlanEntry[];
  /** Directory id → its entry in `plan`; undefined when some directory has no entry of its own (duplicate ids). */
  readonly directoryEntries: ReadonlyMap<string, number> | undefined;
  readonly index: ModelIndex;
  /** validate(model). */
  readonly diagnostics: readonly Diagnostic[];
}

/** The plan and full validation of `model` (read from a document over `current`), kept as a baseline. */
export function specBaselineOf(
  current: ServerModel,
  knownTenants: readonly Tenant[],
  forms: PlanForms,
  model: ServerModel,
  listed: ReadonlySet<string>,
  created: ReadonlySet<string> = new Set(),
): SpecBaseline {
  const after = planFormsOf(model);
  const { entries, ids } = planOfForms(current.name, forms, after, listed, created);
  const directoryEntries = new Map<string, number>();
  entries.forEach((entry, i) => {
    // A deleted directory is not in `model`: counting it would make every baseline of a pruning plan unusable.
    if (entry.kind === 'directory' && entry.action !== 'delete') directoryEntries.set(ids[i]!, i);
  });
  const index = buildModelIndex(model);
  return {
    current,
    forms,
    knownTenants,
    model,
    listed,
    created,
    plan: entries,
    directoryEntries:
      after.directory.size === model.directories.length && directoryEntries.size === model.directories.length
        ? directoryEntries
        : undefined,
    index,
    diagnostics: validate(model, index),
  };
}

/** The baseline of the current model's own export, as a PUT (or dry run) of the unchanged export reads it. */
export function exportBaselineOf(
  current: ServerModel,
  knownTenants: readonly Tenant[],
  forms: PlanForms = planFormsOf(current),
): SpecBaseline {
  const read = modelOfSpec(forms.spec, current, knownTenants, {
    prune: false,
    currentKeys: forms.vhostKeys,
  });
  return specBaselineOf(current, knownTenants, forms, read.model, new Set(read.pointers.keys()));
}
