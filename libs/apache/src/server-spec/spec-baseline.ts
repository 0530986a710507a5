import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerModel, Tenant } from '../model/server-model.js';
import { buildModelIndex, type ModelIndex } from '../validate/model-index.js';
import { validate } from '../validate/validate.js';
import { modelOfSpec } from './model-of-spec.js';
import { planFormsOf, type PlanForms } from './plan-forms.js';
import { planOfForms, type PlanEntry } from './plan-of-spec.js';

/**
 * What every PUT of a document over one current model shares, computed once and kept by the API per model revision
 * (and per list of the installation's tenants, which the model read from a document includes): the plan's side of
 * the current model, and the model a PUT of the unchanged export would ask for, with its plan and full validation. A
 * document that differs from the export only in .htaccess rules is then planned and validated per changed directory
 * (planAgainstBaseline, validateAgainstBaseline). Nothing here is ever modified.
 */
export interface SpecBaseline {
  readonly current: ServerModel;
  /** planFormsOf(current). */
  readonly forms: PlanForms;
  /** The tenants `model` was read with: the baseline answers only for documents read with equal ones. */
  readonly knownTenants: readonly Tenant[];
  /** modelOfSpec(forms.spec, current, knownTenants, { prune: false }).model */
  readonly model: ServerModel;
  /** The ids that document lists (its pointers). */
  readonly listed: ReadonlySet<string>;
  /** planOfSpec(current, model, listed). */
  readonly plan: readonly PlanEntry[];
  /** Directory id → its entry in `plan`; undefined when some directory has no entry of its own (duplicate ids). */
  readonly directoryEntries: ReadonlyMap<string, number> | undefined;
  readonly index: ModelIndex;
  /** validate(model). */
  readonly diagnostics: readonly Diagnostic[];
}

export function specBaselineOf(
  current: ServerModel,
  knownTenants: readonly Tenant[],
  forms: PlanForms = planFormsOf(current),
): SpecBaseline {
  const read = modelOfSpec(forms.spec, current, knownTenants, {
    prune: false,
    currentKeys: forms.vhostKeys,
  });
  const model = read.model;
  const listed = new Set(read.pointers.keys());
  const after = planFormsOf(model);
  const { entries, ids } = planOfForms(current.name, forms, after, listed, new Set());
  const directoryEntries = new Map<string, number>();
  entries.forEach((entry, i) => {
    if (entry.kind === 'directory') directoryEntries.set(ids[i]!, i);
  });
  const index = buildModelIndex(model);
  return {
    current,
    forms,
    knownTenants,
    model,
    listed,
    plan: entries,
    directoryEntries:
      after.directory.size === model.directories.length && directoryEntries.size === model.directories.length
        ? directoryEntries
        : undefined,
    index,
    diagnostics: validate(model, index),
  };
}
