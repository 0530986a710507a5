import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sortedInPlace } from './sorted-in-place.js';
import { compare } from './virtual-host-keys.js';

// Keys that tie often, so stability shows: each item remembers where it stood.
const items = fc
  .array(fc.constantFrom('', 'a', 'A', 'b', 'ab', '0', '10', '9'), { maxLength: 8 })
  .map((keys) => keys.map((key, at) => ({ key, at })));
const order = (a: { key: string }, b: { key: string }) => compare(a.key, b.key);

describe('sortedInPlace', () => {
  it('gives what Array.prototype.sort gives, in order or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          items,
          items.map((list) => [...list].sort(order)),
        ),
        (list) => {
          expect(sortedInPlace([...list], order)).toEqual([...list].sort(order));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
