import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ServerModel } from '../model/server-model.js';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { checkInjection, checkInjectionInDetail } from './injection.rule.js';
import { buildModelIndex } from './model-index.js';

// Plain words, and every kind of character the line parser gives meaning to (spec §5.2).
const value = fc.oneof(
  fc.constantFrom(
    'bob',
    'bob:1',
    '',
    ' ',
    'a b',
    '#x',
    '"q"',
    "'q'",
    '${X}',
    'a\\',
    'a\\b',
    'x\ny',
    '\u2028',
    'é',
  ),
  fc.string({ maxLength: 6 }),
);
const pick = <T>(list: T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

type Mutation = (m: ServerModel) => void;
const mutation: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), fc.nat({ max: 9 }), value)
  .map(([i, field, v]): Mutation => (m) => {
    const g = pick(m.daemonGroups, i);
    const t = pick(m.tenants, i);
    const d = pick(m.directories, i);
    if (g === undefined || t === undefined || d === undefined) return;
    [
      () => (g.name = v),
      () => (g.user = v),
      () => (g.group = v),
      () => (g.options[v] = 'x'),
      () => (g.options['display-name'] = v),
      () => (t.name = v),
      () => (t.unixUser = v),
      () => (t.unixGroup = v),
      () => (d.env[v] = v),
      () => d.rules.push({ filesMatch: v, processGroup: v }),
    ][field]!();
  });

describe('checkInjection with its plain-value shortcuts', () => {
  it('reports exactly what visiting and checking every value reports', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(mutation, { maxLength: 6 }), (mapSeed, mutations) => {
        const model = mapSeed ? seedProcessGroupMap() : richSeed();
        for (const mutate of mutations) mutate(model);
        const index = buildModelIndex(model);
        expect(checkInjection(index)).toEqual(checkInjectionInDetail(index));
      }),
      { numRuns: 3000 },
    );
  });
});
