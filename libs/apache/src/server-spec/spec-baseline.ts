import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerModel, Tenant } from '../model/server-model.js';
import { buildModelIndex, type ModelIndex } from '../validate/model-index.js';
import { validate } from '../validate/validate.js';
import { modelOfSpec } from './model-of-spec.js';
import { planFormsOf, type PlanForms } from './plan-forms.js';

/**
 * What every PUT of a document over one current model shares, computed once and kept by the API per model revision
 * (and per list of the installation's tenants, which the model read from a document includes): the plan's side of
 * the current model, and the model a PUT of the unchanged export would ask for with its full validation. A document
 * that differs from the export only in .htaccess rules is then validated per changed directory
 * (validateAgainstBaseline). Nothing here is ever modified.
 */
export interface SpecBaseline {
  readonly forms: PlanForms;
  /** The tenants `model` was read with: the baseline answers only for documents read with equal ones. */
  readonly knownTenants: readonly Tenant[];
  /** modelOfSpec(forms.spec, current, knownTenants, { prune: false }).model */
  readonly model: ServerModel;
  readonly index: ModelIndex;
  /** validate(model). */
  readonly diagnostics: readonly Diagnostic[];
}

export function specBaselineOf(
  current: ServerModel,
  knownTenants: readonly Tenant[],
  forms: PlanForms = planFormsOf(current),
): SpecBaseline {
  const { model } = modelOfSpec(forms.spec, current, knownTenants, {
    prune: false,
    currentKeys: forms.vhostKeys,
  });
  const index = buildModelIndex(model);
  return { forms, knownTenants, model, index, diagnostics: validate(model, index) };
}
