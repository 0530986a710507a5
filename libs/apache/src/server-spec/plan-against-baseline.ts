import type { ServerModel } from '../model/server-model.js';
import { entryOf, planOfSpec, type PlanEntry } from './plan-of-spec.js';
import { rulesOnlyDifference, type ChangedRules } from './rules-only-difference.js';
import type { SpecBaseline } from './spec-baseline.js';
import { directorySpec } from './spec-of-model.js';

/**
 * planOfSpec(current, desired, listed, created), exactly, without exporting `desired` in the usual case of a PUT: the
 * document of a dry run applied, or changed in some .htaccess rules. When `desired` differs from the baseline's model only in some
 * directories' rules (same objects in the same order otherwise, the same ids listed, none created), every other
 * object has the same spec form as in the baseline, so its entry is the baseline plan's; the changed directories'
 * entries are planned again from their own spec form. Anything else: planOfSpec.
 */
export function planAgainstBaseline(
  current: ServerModel,
  desired: ServerModel,
  listed: ReadonlySet<string>,
  created: ReadonlySet<string>,
  baseline: SpecBaseline,
  /** rulesOnlyDifference(baseline.model, desired), when the caller has it (validateAgainstBaseline takes it too). */
  changed: readonly ChangedRules[] | null = rulesOnlyDifference(baseline.model, desired),
): PlanEntry[] {
  const full = () => planOfSpec(current, desired, listed, created, baseline.forms);
  const entriesOf = baseline.directoryEntries;
  if (changed === null || entriesOf === undefined || baseline.current !== current) return full();
  // Created objects get fresh ids per request: never the baseline's, and its plan may not hold a creation.
  if (created.size > 0 || baseline.created.size > 0) return full();
  if (!sameSet(listed, baseline.listed)) return full();
  const entries = [...baseline.plan];
  for (const { directory } of changed) {
    const at = entriesOf.get(directory.id);
    if (at === undefined) return full();
    // The export's form of the directory: its tenant's name as specOfModel finds it (the tenants are the baseline's).
    const tenant = baseline.index.tenantsById.get(directory.tenantId)?.name ?? '';
    const form = { key: entries[at]!.key, value: directorySpec(directory, tenant) };
    const entry = entryOf('directory', directory.id, form, baseline.forms, listed, created);
    if (entry === undefined) return full();
    entries[at] = entry;
  }
  return entries;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
