import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { jsonEqual } from './json-equal.js';

// Values shaped like spec forms, plus what JSON treats specially: undefined members, NaN/Infinity, -0, key order.
const leaf = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, 0, -0, 1, NaN, Infinity, '', 'null', '1', 'a'),
  fc.integer({ min: -3, max: 3 }),
  fc.string({ maxLength: 3 }),
);
const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', '0', '1'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

describe('jsonEqual', () => {
  it('answers exactly what comparing the two JSON texts answers', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(jsonEqual(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(jsonEqual(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('tells apart key order, and ignores members that are undefined', () => {
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual([undefined], [null])).toBe(true);
    expect(jsonEqual({ d: new Date(0) }, { d: '1970-01-01T00:00:00.000Z' })).toBe(true);
  });
});
