import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import { randomModel } from '../resolve/random-models.fixture.js';
import { modelOfSpec } from './model-of-spec.js';
import { validate } from '../validate/validate.js';
import { specOfModel } from './spec-of-model.js';

describe('modelOfSpec with shareRules', () => {
  it("reads the same model, pointers and diagnostics, the document's rule lists standing for copies", () => {
    fc.assert(
      fc.property(fc.oneof(randomModel, fc.constant(richSeed())), fc.boolean(), (model, prune) => {
        const spec = specOfModel(model);
        const copied = modelOfSpec(spec, model, model.tenants, { prune });
        // The shared lists belong to the document: reading and validating must never write to them.
        const shared = modelOfSpec(deepFrozen(spec), model, model.tenants, { prune, shareRules: true });
        validate(shared.model);
        expect(shared).toEqual(copied);
        spec.virtualHosts.forEach((v) =>
          v.directories.forEach((d) =>
            expect(shared.model.directories.some((m) => m.rules === d.htaccess)).toBe(true),
          ),
        );
      }),
      { numRuns: 200 },
    );
  });
});

function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFrozen(v);
  }
  return value;
}
