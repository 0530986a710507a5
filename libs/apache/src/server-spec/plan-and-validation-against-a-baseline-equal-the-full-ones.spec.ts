import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { largeModel } from '../../test-fixtures/large-model.js';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import type { Directory, ServerModel } from '../model/server-model.js';
import { randomModel } from '../resolve/random-models.fixture.js';
import { validate } from '../validate/index.js';
import { modelOfSpec } from './model-of-spec.js';
import { planAgainstBaseline } from './plan-against-baseline.js';
import { planFormsOf } from './plan-forms.js';
import { planOfSpec } from './plan-of-spec.js';
import type { HtaccessRuleSpec, ServerSpec } from './server-spec.js';
import { exportBaselineOf, specBaselineOf } from './spec-baseline.js';
import { validateAgainstBaseline } from './validate-against-baseline.js';

/** largeModel plus a nested directory and two directories sharing one .htaccess file: no diagnostics at all. */
function cleanModel(): ServerModel {
  const large = largeModel(6);
  const d0 = large.directories[0]!;
  const extra: Directory[] = [
    { ...d0, id: 'dir-0-nested', path: '/home/t0/public_html/app', rules: [] },
    {
      ...d0,
      id: 'dir-0-slash',
      virtualHostId: 'vh-1',
      tenantId: 'tn-1',
      path: '/home/t0/public_html/',
      restrictProcess: [1, 2, 3, 4].map((n) => `t1:${n}`),
      env: { PROCESS_GROUP: 't1:1' },
      rules: [],
    },
  ];
  return { ...large, directories: [...large.directories, ...extra] };
}

/** cleanModel plus the rich seed (it has a warning: the shortcut must not apply). */
function warnedModel(): ServerModel {
  const clean = cleanModel();
  const seed = richSeed();
  return {
    ...clean,
    virtualHosts: [...clean.virtualHosts, ...seed.virtualHosts],
    daemonGroups: [...clean.daemonGroups, ...seed.daemonGroups],
    tenants: [...clean.tenants, ...seed.tenants],
    directories: [...clean.directories, ...seed.directories],
  };
}

/** Valid rules, rules naming another tenant's or an unknown group (errors), repeats (warnings), a bad file name. */
const RULES: HtaccessRuleSpec[][] = [
  [],
  [{ files: 'app2.wsgi', processGroup: 't0:2' }],
  [{ files: 'app2.wsgi', processGroup: 't1:2' }],
  [{ files: 'app2.wsgi', processGroup: 'nobody:9' }],
  [
    { files: 'a.wsgi', processGroup: 't0:1' },
    { files: 'a.wsgi', processGroup: 't0:1' },
  ],
  [{ filesMatch: '^x.*\\.wsgi$', processGroup: 't0:3' }],
  [{ files: 'bad name.wsgi', processGroup: 't0:1' }],
  [{ files: 'new.wsgi', processGroup: 't0:1', variable: 'OTHER' }],
];

type Edit =
  | { kind: 'rules'; at: number; pick: number }
  | { kind: 'options'; at: number }
  | { kind: 'documentRoot'; at: number }
  | { kind: 'processes'; at: number }
  | { kind: 'unixUser'; at: number }
  | { kind: 'dropDirectory'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('rules' as const), at: fc.nat(), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('options' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('documentRoot' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('processes' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unixUser' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropDirectory' as const), at: fc.nat() }) },
);

/** The document with one edit, as a client changes its export (positions taken modulo the lists' lengths). */
function edited(spec: ServerSpec, e: Edit): ServerSpec {
  const places = spec.virtualHosts.flatMap((v, i) => v.directories.map((_, j) => [i, j] as const));
  if (e.kind === 'processes' || e.kind === 'unixUser') {
    if (e.kind === 'processes' && spec.daemonGroups.length > 0) {
      const daemonGroups = [...spec.daemonGroups];
      const g = daemonGroups[e.at % daemonGroups.length]!;
      daemonGroups[e.at % daemonGroups.length] = { ...g, processes: (g.processes ?? 1) + 1 };
      return { ...spec, daemonGroups };
    }
    if (e.kind === 'unixUser' && spec.tenants.length > 0) {
      const tenants = [...spec.tenants];
      const t = tenants[e.at % tenants.length]!;
      tenants[e.at % tenants.length] = { ...t, unixUser: `${t.unixUser}x` };
      return { ...spec, tenants };
    }
    return spec;
  }
  if (e.kind === 'documentRoot') {
    if (spec.virtualHosts.length === 0) return spec;
    const virtualHosts = [...spec.virtualHosts];
    const v = virtualHosts[e.at % virtualHosts.length]!;
    virtualHosts[e.at % virtualHosts.length] = { ...v, documentRoot: '/srv/elsewhere' };
    return { ...spec, virtualHosts };
  }
  if (places.length === 0) return spec;
  const [i, j] = places[e.at % places.length]!;
  const virtualHosts = [...spec.virtualHosts];
  const v = virtualHosts[i]!;
  const directories = [...v.directories];
  const d = directories[j]!;
  if (e.kind === 'dropDirectory') directories.splice(j, 1);
  else
    directories[j] =
      e.kind === 'rules'
        ? { ...d, htaccess: (RULES[e.pick % RULES.length] ?? []).map((r) => ({ ...r })) }
        : { ...d, options: [...d.options, 'Indexes'] };
  virtualHosts[i] = { ...v, directories };
  return { ...spec, virtualHosts };
}

/** The document goes over the wire: a PUT's model shares no object with the baseline. */
const received = (spec: ServerSpec): ServerSpec => JSON.parse(JSON.stringify(spec)) as ServerSpec;

/**
 * A dry run of the export with `first` edits kept its baseline (no edits: the export's own); the document then
 * applied has `then` edits more. Plan and validation over the baseline equal the full ones.
 */
function check(current: ServerModel, first: readonly Edit[], then: readonly Edit[], prune: boolean): void {
  const forms = planFormsOf(current);
  const dryRun = received(first.reduce(edited, forms.spec));
  const earlier = modelOfSpec(dryRun, current, current.tenants, { prune, currentKeys: forms.vhostKeys });
  const baseline =
    first.length === 0
      ? exportBaselineOf(current, current.tenants, forms)
      : specBaselineOf(current, current.tenants, forms, earlier.model, new Set(earlier.pointers.keys()));
  expect(baseline.plan).toEqual(planOfSpec(current, baseline.model, baseline.listed));
  expect(baseline.diagnostics).toEqual(validate(baseline.model));
  const spec = received(then.reduce(edited, dryRun));
  const read = modelOfSpec(spec, current, current.tenants, { prune, currentKeys: forms.vhostKeys });
  expect(read).toEqual(modelOfSpec(spec, current, current.tenants, { prune }));
  expect(validateAgainstBaseline(read.model, baseline)).toEqual(validate(read.model));
  const listed = new Set(read.pointers.keys());
  const plan = planOfSpec(current, read.model, listed);
  expect(planOfSpec(current, read.model, listed, new Set(), forms)).toEqual(plan);
  expect(planAgainstBaseline(current, read.model, listed, new Set(), baseline)).toEqual(plan);
}

const edits = fc.array(edit, { maxLength: 3 });

describe('a PUT planned and validated against the per-revision baseline', () => {
  it('starts from a server with no diagnostics, so the per-directory shortcut is taken', () => {
    expect(validate(cleanModel())).toEqual([]);
    expect(validate(warnedModel()).length).toBeGreaterThan(0);
  });

  it('gives exactly planOfSpec() and validate() of a document edited after a dry run (same order)', () => {
    for (const current of [cleanModel(), warnedModel()]) {
      fc.assert(
        fc.property(edits, edits, fc.boolean(), (first, then, prune) => check(current, first, then, prune)),
        { numRuns: 150 },
      );
    }
  });

  it('gives exactly planOfSpec() and validate() over random servers, valid or not', () => {
    fc.assert(
      fc.property(randomModel, edits, edits, fc.boolean(), (current, first, then, prune) =>
        check(current, first, then, prune),
      ),
      { numRuns: 200 },
    );
  });

  it("keeps the shortcut for a dry run that prunes a directory: the delete is not one of the model's directories", () => {
    const current = cleanModel();
    const forms = planFormsOf(current);
    const dryRun = received(edited(forms.spec, { kind: 'dropDirectory', at: 0 }));
    const read = modelOfSpec(dryRun, current, current.tenants, { prune: true, currentKeys: forms.vhostKeys });
    const baseline = specBaselineOf(
      current,
      current.tenants,
      forms,
      read.model,
      new Set(read.pointers.keys()),
    );
    expect(baseline.plan.filter((e) => e.action === 'delete')).toHaveLength(1);
    expect(baseline.directoryEntries?.size).toBe(read.model.directories.length);
    check(current, [{ kind: 'dropDirectory', at: 0 }], [{ kind: 'rules', at: 3, pick: 1 }], true);
  });

  it('never takes the shortcut for a document read with other tenants than the baseline', () => {
    const current = cleanModel();
    const baseline = exportBaselineOf(current, current.tenants);
    // A tenant of another server using t0's unix user: the document does not list it, validation sees it.
    const others = [...current.tenants, { id: 'tn-other', name: 'other', unixUser: 't0', unixGroup: 't0' }];
    const read = modelOfSpec(received(baseline.forms.spec), current, others, { prune: false });
    expect(validateAgainstBaseline(read.model, baseline)).toEqual(validate(read.model));
    expect(validate(read.model).length).toBeGreaterThan(0);
  });
});
