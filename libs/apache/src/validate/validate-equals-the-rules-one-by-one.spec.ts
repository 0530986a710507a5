import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ServerModel } from '../model/server-model.js';
import { largeModel } from '../../test-fixtures/large-model.js';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { buildModelIndex } from './model-index.js';
import { validateRuleByRule } from './rules.js';
import { validate } from './validate.js';

type Mutation = (m: ServerModel) => void;

// Values that make each per-directory rule speak: bad characters, empty values, unknown and other tenants' groups.
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '%{GLOBAL}',
    '%{ENV:PROCESS_GROUP}',
    'bob:1',
    'BOB:1',
    'joe:2',
    'a b',
    '#x',
    '/x',
    'x\n',
  ),
);
const pick = <T>(list: T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];
const onDirectory = (change: (d: ServerModel['directories'][number], v: string) => void) =>
  fc.tuple(fc.nat(), text).map(([i, v]): Mutation => (m) => {
    const d = pick(m.directories, i);
    if (d !== undefined) change(d, v);
  });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  onDirectory((d, v) => (d.path = v)),
  onDirectory((d, v) => (d.processGroup = v)),
  onDirectory((d, v) => (d.env[v] = v)),
  onDirectory((d, v) => (d.env['PROCESS_GROUP'] = v)),
  onDirectory((d, v) => (d.restrictProcess = [v, ...(d.restrictProcess ?? [])])),
  onDirectory((d) => (d.restrictProcess = null)),
  onDirectory(
    (d, v) => (d.allowOverride = [v as ServerModel['directories'][number]['allowOverride'][number]]),
  ),
  onDirectory((d, v) => (d.options = [v, '+Indexes'])),
  onDirectory((d, v) => (d.virtualHostId = v)),
  onDirectory((d, v) => (d.tenantId = v)),
  onDirectory((d, v) => d.rules.push({ files: v, processGroup: v })),
  onDirectory((d, v) => d.rules.push({ filesMatch: v, variable: v, processGroup: 'bob:1' })),
  onDirectory((d, v) => d.handlers.push({ handler: v, extensions: [v] })),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (m) => {
    // A second record of an existing directory: duplicate paths and shared .htaccess files.
    const d = pick(m.directories, i);
    const other = pick(m.directories, j);
    if (d !== undefined && other !== undefined)
      m.directories.push({ ...d, id: `${d.id}-copy`, virtualHostId: other.virtualHostId, rules: [] });
  }),
  fc.tuple(fc.nat(), text).map(
    ([i, v]): Mutation =>
      (m) =>
        void (pick(m.daemonGroups, i) && (pick(m.daemonGroups, i)!.name = v)),
  ),
  fc.tuple(fc.nat(), fc.option(text)).map(
    ([i, v]): Mutation =>
      (m) =>
        void (pick(m.virtualHosts, i) && (pick(m.virtualHosts, i)!.processGroup = v)),
  ),
  fc.tuple(fc.nat(), text).map(
    ([i, v]): Mutation =>
      (m) =>
        void (pick(m.tenants, i) && (pick(m.tenants, i)!.unixUser = v)),
  ),
  fc.constantFrom<Mutation>(
    (m) => (m.restrictEmbedded = !m.restrictEmbedded),
    (m) => (m.processGroup = '%{ENV:PROCESS_GROUP}'),
    (m) => (m.restrictProcess = ['bob:1', '%{GLOBAL}']),
  ),
);

const seeds: (() => ServerModel)[] = [richSeed, seedRestrictProcess, seedProcessGroupMap];

describe('validate with its directory rules fused into one walk', () => {
  it('gives exactly the diagnostics of every rule run on its own, in order', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(mutation, { maxLength: 8 }),
        (seed, mutations) => {
          const model = seeds[seed]!();
          for (const mutate of mutations) mutate(model);
          expect(validate(model)).toEqual(validateRuleByRule(buildModelIndex(model)));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('agrees on a large model, as is and with every directory broken', () => {
    const model = largeModel(50);
    expect(validate(model)).toEqual(validateRuleByRule(buildModelIndex(model)));
    for (const d of model.directories) {
      d.restrictProcess = ['nope', 'a b'];
      d.env['PROCESS_GROUP'] = '';
      d.rules.push({ files: 'x y', processGroup: 'nope' });
    }
    const broken = validate(model);
    expect(broken.length).toBeGreaterThan(model.directories.length * 4);
    expect(broken).toEqual(validateRuleByRule(buildModelIndex(model)));
  });
});
