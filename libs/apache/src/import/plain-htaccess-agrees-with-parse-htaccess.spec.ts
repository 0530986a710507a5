import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseHtaccess, type ParseHtaccessOptions } from '../htaccess/parse-htaccess.js';
import { DEFAULT_PROCESS_GROUP_VARIABLE, type HtaccessRule } from '../model/server-model.js';
import { renderHtaccess } from '../render/index.js';
import { parsePlainHtaccess } from './parse-plain-htaccess.js';

/** Lines near the fast path's edges: what it accepts, and small changes the general parser treats differently. */
const LINES = [
  '',
  '   ',
  '# comment',
  '  # indented comment',
  '<Files a.wsgi>',
  '<Files\ta.wsgi>',
  '  <Files  a.wsgi  >',
  '<Files a.wsgi >',
  '<Files a.wsgi>>',
  '<Files "a b.wsgi">',
  '<Files "a\\"b">',
  "<Files 'a.wsgi'>",
  '<Files a"b>',
  '<Files ~ x>',
  '<Files "">',
  '<Files "a\\\\b">',
  '<Files "a\\b">',
  '<Files "a"b>',
  '<Files "a" >',
  '<Files  "a b" c>',
  '<Files "a>',
  "<Files 'a\"b'>",
  "<Files 'a\\'b'>",
  '<FilesMatch "^a\\.wsgi$"  >',
  '<FilesMatch "^a\\"$">',
  '<Files>',
  '<Files >',
  '<Files a b>',
  '<Files a.wsgi',
  '<files a.wsgi>',
  '<FilesX a>',
  '<FilesMatch "^a\\.wsgi$">',
  '<FilesMatch ^a\\\\.wsgi$>',
  '<FilesMatch>',
  '<Directory /x>',
  '</Files>',
  '</files>',
  '</Files >',
  '</Files',
  '</FilesMatch>',
  '</Directory>',
  'SetEnv PROCESS_GROUP bob:1',
  'SetEnv\tPROCESS_GROUP\tbob:1',
  'SetEnv process_group bob:2',
  'SetEnv PROCESS_GROUP "bob:3"',
  'SetEnv PROCESS_GROUP "b\\\\o"',
  'SetEnv PROCESS_GROUP ""',
  'SetEnv PROCESS_GROUP',
  'SetEnv PROCESS_GROUP a b',
  'SetEnv OTHER bob:1',
  'SetEnv PG bob:1',
  'SetEnv',
  'setenv PROCESS_GROUP bob:1',
  'SetEnvIf x y',
  'SetEnv PROCESS_GROUP ${X}',
  'Options +ExecCGI',
  'SetEnv PROCESS_GROUP bob:1 \\',
  'x\\',
  'SetEnv PROCESS_GROUP b\\c',
  '\u00e9 SetEnv',
  'SetEnv PROCESS_GROUP gr\u00fcn:1',
  'x'.repeat(2100),
  'a\u0000b',
  '\u000bSetEnv PROCESS_GROUP bob:1',
];

/** A block of three lines, each usually well-formed, so that whole files the fast path answers are common. */
const block = fc
  .tuple(
    fc.constantFrom(
      '<Files a.wsgi>',
      '<FilesMatch "^a\\.wsgi$">',
      '<Files b_1.py>',
      // Quoted selectors, where the fast path reads the word in place unless splitWords would unescape something.
      '<Files "a b.wsgi">',
      '<Files "a\\\\b">',
      '<Files "a\\"b">',
      "<Files 'a\\'b'>",
      "<Files 'a\"b'>",
      '<Files "a"b>',
      '<Files "a" >',
      '<FilesMatch "^a\\\\"$">',
      "<FilesMatch '^a\\.wsgi$'>",
    ),
    fc.constantFrom('  SetEnv PROCESS_GROUP bob:1', 'SetEnv process_group "bob:2"', 'SetEnv PG x'),
    fc.constantFrom('</Files>', '</FilesMatch>'),
  )
  .map((lines) => lines.join('\n'));

const line = fc.oneof(
  { weight: 24, arbitrary: block },
  { weight: 4, arbitrary: fc.constantFrom(...LINES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const options: fc.Arbitrary<ParseHtaccessOptions> = fc.record(
  {
    allowOverride: fc.constantFrom<ParseHtaccessOptions['allowOverride']>(
      ['FileInfo'],
      ['All'],
      ['None'],
      ['Options', 'Indexes'],
      [],
    ),
    variable: fc.constantFrom('PROCESS_GROUP', 'process_group', 'PG', 'OTHER'),
  },
  { requiredKeys: [] },
);

describe('the import’s fast .htaccess path agrees with parseHtaccess', () => {
  it('gives parseHtaccess’s exact answer whenever it answers at all', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 14 }),
        fc.constantFrom('\n', '\r\n', '\n\n'),
        fc.boolean(),
        options,
        (lines, eol, finalEol, opts) => {
          const text = lines.join(eol) + (finalEol ? eol : '');
          const fast = parsePlainHtaccess(text, opts);
          if (fast === null) return;
          answered++;
          expect(fast).toEqual(parseHtaccess(text, opts));
        },
      ),
      { numRuns: 5000 },
    );
    // The comparison means something only if the fast path answers often enough, rules included.
    expect(answered).toBeGreaterThan(100);
  });

  it('in the spec’s form, gives the same rules with the default variable (in any case) left out', () => {
    const specForm = (rule: HtaccessRule): HtaccessRule => {
      if (rule.variable?.toUpperCase() !== DEFAULT_PROCESS_GROUP_VARIABLE) return rule;
      const { variable: _default, ...rest } = rule;
      return rest;
    };
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), options, (lines, opts) => {
        const text = lines.join('\n');
        const fast = parsePlainHtaccess(text, opts, new Map(), true);
        const exact = parsePlainHtaccess(text, opts);
        if (exact === null) return expect(fast).toBeNull();
        // Key for key, in order: the export shares these rules as they are.
        expect(JSON.stringify(fast)).toBe(JSON.stringify({ ...exact, rules: exact.rules.map(specForm) }));
      }),
      { numRuns: 5000 },
    );
  });

  it('answers for well-formed blocks, so the import actually takes it', () => {
    const block = fc
      .tuple(
        fc.constantFrom('a.wsgi', '"^a\\.wsgi$"', 'x_1.py'),
        fc.constantFrom('bob:1', '"bob:2"', '%{GLOBAL}'),
        fc.boolean(),
      )
      .map(([selector, group, match]) =>
        [
          `<${match ? 'FilesMatch' : 'Files'} ${selector}>`,
          `  SetEnv PROCESS_GROUP ${group}`,
          `</${match ? 'FilesMatch' : 'Files'}>`,
          '',
        ].join('\n'),
      );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
        const text = `# generated\n\n${blocks.join('\n')}`;
        const fast = parsePlainHtaccess(text, { allowOverride: ['FileInfo'] });
        expect(fast).not.toBeNull();
        expect(fast).toEqual(parseHtaccess(text, { allowOverride: ['FileInfo'] }));
      }),
      { numRuns: 300 },
    );
  });

  it('answers for what the renderer writes', () => {
    const rules: HtaccessRule[] = [
      { files: 'app.wsgi', variable: 'PROCESS_GROUP', processGroup: 'bob:1' },
      { filesMatch: '^a\\.wsgi$', variable: 'PROCESS_GROUP', processGroup: 'bob:2' },
    ];
    const text = renderHtaccess(rules);
    const fast = parsePlainHtaccess(text, {});
    expect(fast).toEqual({ rules, diagnostics: [] });
    expect(fast).toEqual(parseHtaccess(text));
  });
});
