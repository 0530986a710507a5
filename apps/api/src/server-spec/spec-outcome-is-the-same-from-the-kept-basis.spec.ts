import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { exportBaselineOf, planFormsOf, specOfModel, type ServerModel, type ServerSpec } from '#apache';
import { largeModel } from '../../../../libs/apache/test-fixtures/large-model.js';
import { CachedModel } from '../model-cache/cached-model.js';
import { specOutcome } from './spec-outcome.js';

/** Edits a client makes to its export: rules (valid or not), a new directory, a new vhost, a removed vhost. */
type Edit =
  { kind: 'rules'; at: number; group: number } | { kind: 'directory' | 'vhost' | 'drop'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('rules' as const), at: fc.nat(), group: fc.nat(9) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom('directory' as const, 'vhost' as const, 'drop' as const),
      at: fc.nat(),
    }),
  },
);

function edited(spec: ServerSpec, e: Edit): ServerSpec {
  const virtualHosts = [...spec.virtualHosts];
  if (virtualHosts.length === 0) return spec;
  const i = e.at % virtualHosts.length;
  const v = virtualHosts[i]!;
  if (e.kind === 'drop') virtualHosts.splice(i, 1);
  else if (e.kind === 'vhost')
    virtualHosts.push({ ...v, key: undefined, serverName: `new${e.at}.example.com` });
  else if (e.kind === 'directory') {
    const d = v.directories[0]!;
    virtualHosts[i] = { ...v, directories: [...v.directories, { ...d, path: `${d.path}/new${e.at}` }] };
  } else {
    const d = v.directories[0]!;
    const htaccess = [
      ...d.htaccess,
      { files: 'new.wsgi', processGroup: `t${e.kind === 'rules' ? e.group : 0}:2` },
    ];
    virtualHosts[i] = { ...v, directories: [{ ...d, htaccess }, ...v.directories.slice(1)] };
  }
  return JSON.parse(JSON.stringify({ ...spec, virtualHosts })) as ServerSpec;
}

/** The outcome without the database ids given to new objects (random per call). */
function comparable(outcome: ReturnType<typeof specOutcome>) {
  const { changes } = outcome;
  const count = (list: {
    readonly create: readonly unknown[];
    readonly update: readonly unknown[];
    readonly delete?: readonly unknown[];
  }) => [list.create.length, list.update.length, list.delete?.length];
  return {
    plan: outcome.plan,
    diagnostics: outcome.diagnostics,
    changes: [
      changes.settingsChanged,
      count(changes.tenants),
      count(changes.virtualHosts),
      count(changes.daemonGroups),
      count(changes.directories),
      count(changes.wsgiMounts),
      [...changes.directories.rulesChanged].sort(),
    ],
  };
}

describe('a spec PUT over the cached model', () => {
  it('has the same plan, diagnostics and changes over what a dry run kept as computed afresh', () => {
    const current: ServerModel = largeModel(8);
    const edits = fc.array(edit, { maxLength: 3 });
    fc.assert(
      fc.property(edits, edits, fc.boolean(), (first, then, prune) => {
        const cached = new CachedModel(current.id, 1, current);
        const outcome = (spec: ServerSpec) => {
          const basis = { forms: cached.planForms, baseline: cached.keptSpecBaseline(current.tenants) };
          const kept = specOutcome(spec, current, current.tenants, prune, basis);
          cached.keepSpecBaseline(kept.baseline);
          return kept;
        };
        const fresh = (spec: ServerSpec) =>
          specOutcome(spec, current, current.tenants, prune, { forms: planFormsOf(current) });
        // The dry run, then the apply of the same document, then one edited further.
        const dryRun = first.reduce(edited, specOfModel(current));
        const edited2 = then.reduce(edited, dryRun);
        for (const spec of [dryRun, dryRun, edited2])
          expect(comparable(outcome(spec))).toEqual(comparable(fresh(spec)));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps its export, and a baseline only for equal tenants', () => {
    const current = largeModel(3);
    const cached = new CachedModel(current.id, 1, current);
    expect(cached.planForms.spec).toEqual(specOfModel(current));
    expect(cached.keptSpecBaseline(current.tenants)).toBeUndefined();
    const baseline = exportBaselineOf(current, current.tenants, cached.planForms);
    cached.keepSpecBaseline(baseline);
    expect(cached.keptSpecBaseline(current.tenants.map((t) => ({ ...t })))).toBe(baseline);
    const others = [...current.tenants, { id: 'tn-x', name: 'x', unixUser: 'x', unixGroup: 'x' }];
    expect(cached.keptSpecBaseline(others)).toBeUndefined();
    // Never one of another model.
    const other = new CachedModel(current.id, 2, { ...current });
    other.keepSpecBaseline(baseline);
    expect(other.keptSpecBaseline(current.tenants)).toBeUndefined();
  });
});
