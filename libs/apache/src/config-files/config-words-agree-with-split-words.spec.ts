import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { splitWords } from '../htaccess/getword-conf.js';
import { ConfigWords } from './config-words.js';

// Words, quotes, escapes and apr_isspace characters, from a small alphabet so that words repeat and share slots.
const line = fc
  .array(fc.constantFrom('a', 'B', 'ab', ' ', '\t', '\v', '"', "'", '\\', '=', '\u00e9', '%{GROUP}'), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

/** The reader's name before: the text up to the first space or tab. */
const firstWord = (text: string): string => text.split(/[ \t]/, 1)[0]!;

describe('ConfigWords', () => {
  it('reads, line after line with one table, the name and words firstWord and splitWords read', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const words = new ConfigWords();
        for (const text of lines) {
          const [name, nameKey] = words.name(text);
          expect(name).toBe(firstWord(text));
          expect(nameKey).toBe(name.toLowerCase());
          expect(words.args(text, name.length)).toEqual(splitWords(text, name.length));
        }
      }),
      { numRuns: 3000 },
    );
  });

  // Which string object a word is cannot be observed from JavaScript; the pair of a spelling can.
  it('hands out one pair per spelling', () => {
    const words = new ConfigWords();
    const a = words.args('SetEnv PROCESS_GROUP t0:1', 6);
    const b = words.args('WSGIRestrictProcess t0:1 t0:2', 19);
    expect(a).toEqual(['PROCESS_GROUP', 't0:1']);
    expect(b).toEqual(['t0:1', 't0:2']);
    const first = words.name('SetEnv X y');
    expect(words.name('SetEnv Z')).toBe(first);
    // A name of the same length, last and middle character takes SetEnv's slot; SetEnv still gets its first pair.
    expect(words.name('AbcEdv x')).toEqual(['AbcEdv', 'abcedv']);
    expect(words.name('SetEnv W')).toBe(first);
    expect(first).toEqual(['SetEnv', 'setenv']);
  });
});
