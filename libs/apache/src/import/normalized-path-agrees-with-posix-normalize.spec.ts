import { posix } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { normalized } from './normalized-path.js';

describe('normalized(path) is posix.normalize(path)', () => {
  it('for paths made of slashes, dots and names', () => {
    const piece = fc.constantFrom('/', '.', '..', 'a', 'b.c', '.htaccess', '//');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const path = pieces.join('');
        expect(normalized(path)).toBe(posix.normalize(path));
      }),
      { numRuns: 5000 },
    );
  });

  it('for any string', () => {
    fc.assert(fc.property(fc.string(), (path) => expect(normalized(path)).toBe(posix.normalize(path))));
  });
});
