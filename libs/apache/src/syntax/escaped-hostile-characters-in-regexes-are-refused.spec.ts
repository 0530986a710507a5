import { describe, expect, it } from '@jest/globals';
import { findUnsafeCharacters } from './unsafe-characters.js';

// A FilesMatch regex may contain `\.`-style escapes, but the escaped character must not smuggle in
// what Apache's line reader would act on (spec §5.2): a quote ends the quoted word, `#` and line
// breaks change the line, `${` interpolates.
describe('escaped hostile characters in regexes', () => {
  it.each([
    ['backslash before a line feed', 'a\\\nRewriteEngine On', 'line-break'],
    ['backslash before CR', 'a\\\rb', 'line-break'],
    ['escaped double quote', 'a\\"b', 'quote'],
    ['escaped single quote', "a\\'b", 'quote'],
    ['escaped hash', 'a\\#b', 'comment'],
    ['escaped dollar before a brace', 'a\\${HOME}', 'interpolation'],
    ['escaped space', 'a\\ b', 'whitespace'],
    ['escaped NUL', 'a\\\u0000b', 'nul'],
  ])('%s is refused', (_name, value, reason) => {
    const reasons = findUnsafeCharacters(value, { allowEscapes: true }).map((p) => p.reason);
    expect(reasons).toContain(reason);
  });

  it('ordinary regex escapes stay allowed', () => {
    expect(findUnsafeCharacters('^blog\\.wsgi$', { allowEscapes: true })).toEqual([]);
    expect(findUnsafeCharacters('\\d+\\.wsgi', { allowEscapes: true })).toEqual([]);
  });
});
