import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { getwordConf, splitWords } from './getword-conf.js';

// Lines of words, quotes, escapes and apr_isspace characters, cut anywhere.
const line = fc
  .array(fc.constantFrom('a', 'B', ' ', '\t', '\v', '"', "'", '\\', '=', '\u00e9'), { maxLength: 40 })
  .map((chars) => chars.join(''));

/** The definition: one ap_getword_conf after the other from `start` (independent of splitWords' own loop). */
function wordByWord(text: string, start: number): string[] {
  const words: string[] = [];
  let pos = start;
  while (pos < text.length && ' \t\n\v\f\r'.includes(text[pos]!)) pos++;
  while (pos < text.length) {
    const { word, next } = getwordConf(text, pos);
    words.push(word);
    pos = next;
  }
  return words;
}

describe('splitWords from an offset', () => {
  it('reads what ap_getword_conf reads word by word, also past the three words it keeps in locals', () => {
    fc.assert(
      fc.property(line, fc.nat(), (text, at) => {
        const start = at % (text.length + 1);
        expect(splitWords(text, start)).toEqual(wordByWord(text, start));
      }),
      { numRuns: 3000 },
    );
    expect(splitWords('a b c d "e f" g')).toEqual(['a', 'b', 'c', 'd', 'e f', 'g']);
  });

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
