import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { homeUser } from './home-user.js';

// Name characters, their neighbours in ASCII, case folding traps (ſ, K) and slashes.
const path = fc
  .array(
    fc.constantFrom('a', 'Z', '_', '0', '9', '.', '-', '/', '@', '[', '`', '{', ' ', 'ſ', '\u212a', 'é'),
    {
      maxLength: 10,
    },
  )
  .map((chars) => chars.join(''));

describe('homeUser', () => {
  it('finds the user the regex finds', () => {
    fc.assert(
      fc.property(path, fc.nat(), (text, at) => {
        const start = at % (text.length + 1);
        const expected = /^([a-z_][a-z0-9_.-]*)\//i.exec(`${text.slice(start)}/`)?.[1];
        expect(homeUser(text, start)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
