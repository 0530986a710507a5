import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { splitWords } from './getword-conf.js';

// Lines of words, quotes, escapes and apr_isspace characters, cut anywhere.
const line = fc
  .array(fc.constantFrom('a', 'B', ' ', '\t', '\v', '"', "'", '\\', '=', '\u00e9'), { maxLength: 16 })
  .map((chars) => chars.join(''));

describe('splitWords from an offset', () => {
  it('reads what splitWords of the slice reads', () => {
    fc.assert(
      fc.property(line, fc.nat(), (text, at) => {
        const start = at % (text.length + 1);
        expect(splitWords(text, start)).toEqual(splitWords(text.slice(start)));
      }),
      { numRuns: 3000 },
    );
  });
});
