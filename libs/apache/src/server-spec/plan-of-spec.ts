import type { ServerModel } from '../model/server-model.js';
import { NEW_ID_PREFIX } from './model-of-spec.js';
import { jsonEqual } from './json-equal.js';
import { planFormsOf, type PlanForm, type PlanForms } from './plan-forms.js';

export type PlanObjectKind = 'server' | 'tenant' | 'daemonGroup' | 'virtualHost' | 'directory' | 'wsgiMount';
export type PlanAction = 'create' | 'update' | 'delete' | 'unchanged' | 'kept';

export interface PlanEntry {
  readonly kind: PlanObjectKind;
  /**
   * The natural key: tenant and group name, vhost key, `<vhost key> <path>` for a directory, `<vhost key> <url path>`
   * (or `<vhost key> ~<url pattern>`) for a WSGI mount.
   */
  readonly key: string;
  readonly action: PlanAction;
  /** For an update: the fields that change (for a directory, `htaccess` covers its rules). */
  readonly fields?: readonly string[];
}

/**
 * What applying `desired` over `current` does, object by object. Objects are matched by id, which modelOfSpec took
 * from the current model by natural key; `listed` holds the ids the document itself names (the rest of `desired`
 * was kept because the client did not prune).
 */
export function planOfSpec(
  current: ServerModel,
  desired: ServerModel,
  listed: ReadonlySet<string>,
  created: ReadonlySet<string> = new Set(),
  /** planFormsOf(current), when the caller keeps it (the API does, per model revision). */
  before: PlanForms = planFormsOf(current),
): PlanEntry[] {
  return planOfForms(current.name, before, planFormsOf(desired), listed, created).entries;
}

export type PlannedKind = Exclude<PlanObjectKind, 'server'>;

/** planOfSpec from both sides' forms, with the id of the object of each entry (the server's: its name). */
export function planOfForms(
  name: string,
  before: PlanForms,
  after: PlanForms,
  listed: ReadonlySet<string>,
  created: ReadonlySet<string>,
): { entries: PlanEntry[]; ids: string[] } {
  const entries: PlanEntry[] = [];
  const ids: string[] = [];
  const serverFields = changedFields(before.server, after.server);
  entries.push({
    kind: 'server',
    key: name,
    action: serverFields.length > 0 ? 'update' : 'unchanged',
    ...(serverFields.length > 0 ? { fields: serverFields } : {}),
  });
  ids.push(name);
  for (const kind of ['tenant', 'daemonGroup', 'virtualHost', 'directory', 'wsgiMount'] as const) {
    for (const [id, form] of after[kind]) {
      const entry = entryOf(kind, id, form, before, listed, created);
      if (entry === undefined) continue;
      entries.push(entry);
      ids.push(id);
    }
    for (const [id, form] of before[kind]) {
      // Tenants are never deleted by a spec: they may own objects on other servers.
      if (!after[kind].has(id) && kind !== 'tenant') {
        entries.push({ kind, key: form.key, action: 'delete' });
        ids.push(id);
      }
    }
  }
  return { entries, ids };
}

/** The entry of the object `id` of the desired model, whose form is `form`; none for a tenant the document omits. */
export function entryOf(
  kind: PlannedKind,
  id: string,
  form: PlanForm,
  before: PlanForms,
  listed: ReadonlySet<string>,
  created: ReadonlySet<string>,
): PlanEntry | undefined {
  // Tenants appear only when the document names them; the rest of the installation's tenants are context.
  if (kind === 'tenant' && !listed.has(id)) return undefined;
  // New objects carry NEW_ID_PREFIX ids, or the ids a caller gave them before planning (`created`).
  if (id.startsWith(NEW_ID_PREFIX) || created.has(id)) return { kind, key: form.key, action: 'create' };
  if (!listed.has(id)) return { kind, key: form.key, action: 'kept' };
  const old = before[kind].get(id);
  if (old === undefined) return { kind, key: form.key, action: 'unchanged' };
  const fields = changedFields(old.value, form.value, kind === 'virtualHost' ? NESTED : undefined);
  return fields.length > 0
    ? { kind, key: form.key, action: 'update', fields }
    : { kind, key: form.key, action: 'unchanged' };
}

/** True when applying the plan changes nothing (the same document twice: no revision, no audit event). */
export function planIsEmpty(plan: readonly PlanEntry[]): boolean {
  return plan.every((entry) => entry.action === 'unchanged' || entry.action === 'kept');
}

/** A vhost's own lists, planned as objects of their own: not fields of the vhost. */
const NESTED: ReadonlySet<string> = new Set(['directories', 'wsgiMounts']);

/** The fields whose JSON differs (`skip`: fields that are not compared). */
function changedFields(before: object, after: object, skip?: ReadonlySet<string>): string[] {
  const a = before as Readonly<Record<string, unknown>>;
  const b = after as Readonly<Record<string, unknown>>;
  // One comparison of the whole object first: at 10k vhosts nearly every object is unchanged.
  if (skip === undefined ? jsonEqual(a, b) : sameExcept(a, b, skip)) return [];
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((name) => !skip?.has(name) && !jsonEqual(a[name], b[name])).sort();
}

function sameExcept(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
  skip: ReadonlySet<string>,
): boolean {
  for (const name of Object.keys(a)) if (!skip.has(name) && !jsonEqual(a[name], b[name])) return false;
  for (const name of Object.keys(b))
    if (!skip.has(name) && !(name in a) && !jsonEqual(a[name], b[name])) return false;
  return true;
}
