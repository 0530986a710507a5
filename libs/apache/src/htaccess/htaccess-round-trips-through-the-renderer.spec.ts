import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { HtaccessRule } from '../model/server-model.js';
import { renderHtaccess } from '../render/index.js';
import { GROUP_NAME_PATTERN, isFilesName, isValidConfigValue } from '../syntax/index.js';
import { parseHtaccess } from './index.js';

const REGEX_PIECES = [
  'a',
  'Z',
  '0',
  '_',
  '-',
  '.',
  '\\.',
  '\\d',
  '\\w',
  '*',
  '+',
  '?',
  '^',
  '$',
  '[a-z]',
  '(x|y)',
  'wsgi',
];

const filesName = fc.stringMatching(/^[A-Za-z0-9._-]{1,24}$/).filter(isFilesName);
const filesMatch = fc
  .array(fc.constantFrom(...REGEX_PIECES), { minLength: 1, maxLength: 10 })
  .map((pieces) => pieces.join(''))
  .filter((re) => isValidConfigValue(re, 'files-match'));
/** Apache matches the variable name case-insensitively; the parser keeps the spelling. */
const variable = fc
  .array(fc.boolean(), { minLength: 13, maxLength: 13 })
  .map((upper) => [...'PROCESS_GROUP'].map((c, i) => (upper[i] ? c : c.toLowerCase())).join(''));
const processGroup = fc.oneof(
  fc.stringMatching(GROUP_NAME_PATTERN),
  fc.constantFrom('%{GLOBAL}', '%{ENV:OTHER}', 'grün:1'),
);

const rule: fc.Arbitrary<HtaccessRule> = fc.oneof(
  fc.record({ files: filesName, variable, processGroup }),
  fc.record({ filesMatch, variable, processGroup }),
);

describe('.htaccess rules survive render → parse unchanged', () => {
  it('parseHtaccess(renderHtaccess(rules)) gives back the same rules, in order, with no diagnostics', () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 12 }), (rules) => {
        expect(parseHtaccess(renderHtaccess(rules))).toEqual({ rules, diagnostics: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text, and whatever it accepts renders back to the same rules', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '<Files a.wsgi>',
        '</Files>',
        '<FilesMatch "\\.wsgi$">',
        '</FilesMatch>',
        '# c',
        '',
        '\\',
      ),
      fc.constantFrom(
        'SetEnv PROCESS_GROUP bob:1',
        'setenv process_group "bob:2"',
        'SetEnv PROCESS_GROUP',
        'Options',
      ),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const parsed = parseHtaccess(lines.join(eol));
        for (const d of parsed.diagnostics) expect(d.path).toMatch(/^\/htaccess\/lines\/[1-9][0-9]*$/);
        const safe = parsed.rules.every(
          (r) =>
            r.processGroup !== '' &&
            isValidConfigValue(r.processGroup, 'text') &&
            (r.files === undefined || isFilesName(r.files)) &&
            (r.filesMatch === undefined || isValidConfigValue(r.filesMatch, 'files-match')),
        );
        if (parsed.diagnostics.length === 0 && safe) {
          expect(parseHtaccess(renderHtaccess(parsed.rules)).rules).toEqual(parsed.rules);
        }
      }),
      { numRuns: 500 },
    );
  });
});
