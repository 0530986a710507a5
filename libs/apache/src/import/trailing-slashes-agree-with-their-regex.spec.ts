import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { withoutTrailingSlashes } from './import-virtual-host.js';

const chars = (char: fc.Arbitrary<string>, length: { minLength?: number; maxLength: number }) =>
  fc.array(char, length).map((cs) => cs.join(''));

describe('withoutTrailingSlashes', () => {
  it('gives what the regex gives', () => {
    fc.assert(
      fc.property(chars(fc.constantFrom('/', 'a', '.', ' ', '\\'), { maxLength: 8 }), (path) => {
        expect(withoutTrailingSlashes(path)).toBe(path.replace(/\/+$/, '') || '/');
      }),
      { numRuns: 5000 },
    );
  });
});
