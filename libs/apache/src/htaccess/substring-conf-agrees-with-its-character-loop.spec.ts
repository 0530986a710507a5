import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { substringConf } from './substring-conf.js';

/** substring_conf as first written: one character at a time. */
function characterLoop(text: string, quote: string | null): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const next = text[i + 1];
    if (text[i] === '\\' && (next === '\\' || (quote !== null && next === quote))) {
      out += next;
      i++;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Backslash runs next to quotes, at either end.
const text = fc
  .array(fc.constantFrom('\\', '\\', '"', "'", 'a', '.', '$'), { maxLength: 12 })
  .map((chars) => chars.join(''));

describe('substringConf', () => {
  it('unescapes what the character loop unescapes', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(null, '"', "'"), (t, quote) => {
        expect(substringConf(t, quote)).toBe(characterLoop(t, quote));
      }),
      { numRuns: 5000 },
    );
  });
});
