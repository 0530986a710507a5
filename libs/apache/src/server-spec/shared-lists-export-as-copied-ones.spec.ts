import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import type { ServerModel } from '../model/server-model.js';
import { randomModel } from '../resolve/random-models.fixture.js';
import { specOfModel } from './spec-of-model.js';

/** A record with keys in any insertion order, integer-like ones and `__proto__` among them. */
const record = fc
  .uniqueArray(fc.constantFrom('a', 'B', 'b', '9', '10', '__proto__', 'display-name', 'maximum-requests'), {
    maxLength: 4,
  })
  .map((keys) => {
    const out: Record<string, string> = {};
    for (const key of keys) Object.defineProperty(out, key, { value: key, enumerable: true, writable: true });
    return out;
  });

/** randomModel with such records as every env and group options. */
const model: fc.Arbitrary<ServerModel> = fc
  .tuple(randomModel, fc.array(record, { minLength: 20, maxLength: 20 }))
  .map(([m, records]) => {
    let next = 0;
    const take = () => records[next++ % records.length]!;
    return {
      ...m,
      virtualHosts: m.virtualHosts.map((v) => ({ ...v, env: take() })),
      directories: m.directories.map((d) => ({ ...d, env: take() })),
      daemonGroups: m.daemonGroups.map((g) => ({ ...g, options: take() })),
    };
  });

describe('specOfModel with shareLists', () => {
  it('exports the same JSON text as with copies', () => {
    fc.assert(
      fc.property(fc.oneof(model, randomModel, fc.constant(richSeed())), (m) => {
        expect(JSON.stringify(specOfModel(m, undefined, true))).toBe(JSON.stringify(specOfModel(m)));
      }),
      { numRuns: 500 },
    );
  });
});
