import { randomUUID } from 'node:crypto';
import {
  modelOfSpec,
  NEW_ID_PREFIX,
  planAgainstBaseline,
  pointIntoSpec,
  rulesOnlyDifference,
  specBaselineOf,
  jsonEqual,
  validateAgainstBaseline,
  type Diagnostic,
  type PlanEntry,
  type PlanForms,
  type ServerModel,
  type ServerSpec,
  type SpecBaseline,
  type Tenant,
} from '#apache';
import type { ServerSpecChanges } from './server-spec.repository.js';

/** The document's consequences over one current model: the model it asks for, the plan and the engine's verdict. */
export interface SpecOutcome {
  readonly desired: ServerModel;
  readonly plan: PlanEntry[];
  /** Pointing into the document (`/virtualHosts/0/directories/1/...`). */
  readonly diagnostics: Diagnostic[];
  readonly changes: ServerSpecChanges;
  /** The baseline this outcome was computed from or computed: the caller may keep it for the same revision. */
  readonly baseline: SpecBaseline;
}

/** What is known of `current` beyond the model: kept per model revision by the model cache when it holds it. */
export interface SpecBasis {
  /** planFormsOf(current). */
  readonly forms: PlanForms;
  /** A baseline kept for the same known tenants: the plan and validation then redo only what the document changed. */
  readonly baseline?: SpecBaseline;
}

/**
 * Pure: the document over `current`, new objects given their database ids up front (so what is validated is what
 * gets stored), the plan, and the row changes that carry it out.
 */
export function specOutcome(
  spec: ServerSpec,
  current: ServerModel,
  knownTenants: readonly Tenant[],
  prune: boolean,
  basis: SpecBasis,
): SpecOutcome {
  const read = modelOfSpec(spec, current, knownTenants, { prune, currentKeys: basis.forms.vhostKeys });
  const ids = new Map<string, string>();
  const id = (value: string) =>
    value.startsWith(NEW_ID_PREFIX) ? (ids.get(value) ?? fresh(ids, value)) : value;
  // Only objects that hold a new id are copied: the rest are the read model's own (nothing modifies either).
  const isNew = (value: string | null) => value !== null && value.startsWith(NEW_ID_PREFIX);
  const desired: ServerModel = {
    ...read.model,
    tenants: read.model.tenants.map((t) => (isNew(t.id) ? { ...t, id: id(t.id) } : t)),
    virtualHosts: read.model.virtualHosts.map((v) => (isNew(v.id) ? { ...v, id: id(v.id) } : v)),
    daemonGroups: read.model.daemonGroups.map((g) =>
      isNew(g.id) || isNew(g.virtualHostId) || isNew(g.tenantId)
        ? {
            ...g,
            id: id(g.id),
            virtualHostId: g.virtualHostId === null ? null : id(g.virtualHostId),
            tenantId: g.tenantId === null ? null : id(g.tenantId),
          }
        : g,
    ),
    directories: read.model.directories.map((d) =>
      isNew(d.id) || isNew(d.virtualHostId) || isNew(d.tenantId)
        ? { ...d, id: id(d.id), virtualHostId: id(d.virtualHostId), tenantId: id(d.tenantId) }
        : d,
    ),
    wsgiMounts: (read.model.wsgiMounts ?? []).map((m) =>
      isNew(m.id) || isNew(m.virtualHostId) || isNew(m.tenantId)
        ? {
            ...m,
            id: id(m.id),
            virtualHostId: id(m.virtualHostId),
            tenantId: m.tenantId === null ? null : id(m.tenantId),
          }
        : m,
    ),
  };
  const pointers = new Map([...read.pointers].map(([key, pointer]) => [id(key), pointer]));
  const listed = new Set(pointers.keys());
  const created = new Set(ids.values());
  // One comparison with a kept baseline's model serves the plan and the validation.
  const changed = basis.baseline === undefined ? null : rulesOnlyDifference(basis.baseline.model, desired);
  let baseline: SpecBaseline;
  let plan: PlanEntry[];
  let verdict: Diagnostic[];
  if (basis.baseline === undefined || changed === null) {
    // The full plan and validation, kept as the baseline of the next request over the same revision.
    baseline = specBaselineOf(current, knownTenants, basis.forms, desired, listed, created);
    plan = [...baseline.plan];
    verdict = [...baseline.diagnostics];
  } else {
    baseline = basis.baseline;
    plan = planAgainstBaseline(current, desired, listed, created, baseline, changed);
    verdict = validateAgainstBaseline(desired, baseline, changed);
  }
  const diagnostics = [...read.diagnostics, ...pointIntoSpec(verdict, pointers)];
  return { desired, plan, diagnostics, changes: changesOf(current, desired, created), baseline };
}

function fresh(ids: Map<string, string>, key: string): string {
  const value = randomUUID();
  ids.set(key, value);
  return value;
}

function changesOf(
  current: ServerModel,
  desired: ServerModel,
  created: ReadonlySet<string>,
): ServerSpecChanges {
  // JSON equality without serializing both sides (every object of the server is compared).
  const same = jsonEqual;
  const diff = <T extends { id: string }>(before: readonly T[], after: readonly T[]) => {
    const old = new Map(before.map((o) => [o.id, o]));
    const next = new Set(after.map((o) => o.id));
    return {
      create: after.filter((o) => created.has(o.id)),
      update: after.filter((o) => old.has(o.id) && !same(old.get(o.id), o)),
      delete: before.filter((o) => !next.has(o.id)),
    };
  };
  const {
    id: _a,
    name: _b,
    daemonGroups: _c,
    virtualHosts: _d,
    tenants: _e,
    directories: _f,
    wsgiMounts: _m,
    ...settings
  } = current;
  const {
    id: _g,
    name: _h,
    daemonGroups: _i,
    virtualHosts: _j,
    tenants: _k,
    directories: _l,
    wsgiMounts: _n,
    ...wanted
  } = desired;
  // A set, not a search of the list per tenant: an installation has thousands.
  const currentTenantIds = new Set(current.tenants.map((t) => t.id));
  const tenants = diff(
    current.tenants,
    desired.tenants.filter((t) => created.has(t.id) || currentTenantIds.has(t.id)),
  );
  const directories = diff(current.directories, desired.directories);
  const oldRules = new Map(current.directories.map((d) => [d.id, d.rules]));
  return {
    settingsChanged: !same({ pythonVersion: null, ...settings }, { pythonVersion: null, ...wanted }),
    tenants: { create: tenants.create, update: tenants.update },
    virtualHosts: diff(current.virtualHosts, desired.virtualHosts),
    daemonGroups: diff(current.daemonGroups, desired.daemonGroups),
    wsgiMounts: diff(current.wsgiMounts ?? [], desired.wsgiMounts ?? []),
    directories: {
      ...directories,
      rulesChanged: new Set(
        directories.update.filter((d) => !same(oldRules.get(d.id), d.rules)).map((d) => d.id),
      ),
    },
  };
}
