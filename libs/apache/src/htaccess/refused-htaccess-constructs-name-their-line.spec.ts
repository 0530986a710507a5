import { describe, expect, it } from '@jest/globals';
import { parseHtaccess } from './index.js';

const OK = '<Files ok.wsgi>\nSetEnv PROCESS_GROUP bob:1\n</Files>\n';

/** [what, text placed after one valid block (so lines start at 4), code, 1-based line, Apache's text]. */
const REFUSED: [string, string, string, number, string?][] = [
  ['a plain SetEnv outside <Files>', 'SetEnv PROCESS_GROUP bob:2', 'HTACCESS_SETENV_OUTSIDE_FILES', 4],
  ['RewriteRule', 'RewriteRule ^ - [E=PROCESS_GROUP:bob:2]', 'HTACCESS_UNSUPPORTED_DIRECTIVE', 4],
  ['SetEnvIf', 'SetEnvIf Request_URI . PROCESS_GROUP=bob:2', 'HTACCESS_UNSUPPORTED_DIRECTIVE', 4],
  ['Options', 'Options +ExecCGI', 'HTACCESS_UNSUPPORTED_DIRECTIVE', 4],
  ['WSGIProcessGroup', 'WSGIProcessGroup bob:2', 'HTACCESS_UNSUPPORTED_DIRECTIVE', 4],
  ['WSGIRestrictProcess', '\n\nWSGIRestrictProcess bob:1', 'HTACCESS_UNSUPPORTED_DIRECTIVE', 6],
  ['<If>', '<If "true">\nSetEnv PROCESS_GROUP bob:2\n</If>', 'HTACCESS_UNSUPPORTED_CONTAINER', 4],
  [
    'a nested <Files>',
    '<Files a>\n<Files b>\nSetEnv PROCESS_GROUP x\n</Files>\n</Files>',
    'HTACCESS_NESTED_CONTAINER',
    5,
  ],
  ['${} interpolation', '<Files a>\nSetEnv PROCESS_GROUP ${PGVAR}\n</Files>', 'HTACCESS_INTERPOLATION', 5],
  [
    'SetEnv with no arguments',
    '<Files a>\nSetEnv\n</Files>',
    'HTACCESS_SETENV_ARGUMENTS',
    5,
    'SetEnv takes 1-2 arguments, an environment variable name and optional value to pass to CGI.',
  ],
  [
    'SetEnv with three arguments',
    '<Files a>\nSetEnv PROCESS_GROUP bob:2 x\n</Files>',
    'HTACCESS_SETENV_ARGUMENTS',
    5,
    'SetEnv takes 1-2 arguments, an environment variable name and optional value to pass to CGI.',
  ],
  ['another variable', '<Files a>\nSetEnv OTHER bob:2\n</Files>', 'HTACCESS_UNSUPPORTED_VARIABLE', 5],
  ['the = typo', '<Files a>\nSetEnv PROCESS_GROUP=bob:2\n</Files>', 'HTACCESS_UNSUPPORTED_VARIABLE', 5],
  [
    'two SetEnv in one block',
    '<Files a>\nSetEnv PROCESS_GROUP x\nsetenv PROCESS_GROUP y\n</Files>',
    'HTACCESS_DUPLICATE_SETENV',
    6,
  ],
  ['an empty block', '<Files a>\n</Files>', 'HTACCESS_EMPTY_BLOCK', 4],
  [
    '<Files> without a name',
    '<Files>\n</Files>',
    'HTACCESS_SYNTAX',
    4,
    '<Files> directive requires additional arguments',
  ],
  ['<Files ~ regex>', '<Files ~ "a">\nSetEnv PROCESS_GROUP x\n</Files>', 'HTACCESS_SYNTAX', 4],
  [
    'a missing >',
    '<Files a\nSetEnv PROCESS_GROUP x\n</Files>',
    'HTACCESS_SYNTAX',
    4,
    "<Files> directive missing closing '>'",
  ],
  [
    'an unclosed container',
    '<Files a>\nSetEnv PROCESS_GROUP x\n',
    'HTACCESS_UNCLOSED_CONTAINER',
    4,
    '<Files> was not closed.',
  ],
  [
    'a stray closing tag',
    '</Files>',
    'HTACCESS_UNMATCHED_CLOSE',
    4,
    '</Files> without matching <Files> section',
  ],
  [
    'a mismatched closing tag',
    '<Files a>\nSetEnv PROCESS_GROUP x\n</FilesMatch>',
    'HTACCESS_UNMATCHED_CLOSE',
    6,
  ],
  ['a NUL byte', '<Files a>\nSetEnv PROCESS_GROUP x\0y\n</Files>', 'HTACCESS_SYNTAX', 5],
  ['a continued directive (line of its start)', 'Rewrite\\\nRule ^ -', 'HTACCESS_UNSUPPORTED_DIRECTIVE', 4],
];

describe('every construct Hostplane does not model is refused on its own line', () => {
  // Rows padded to five cells: jest would otherwise pass a `done` callback as the missing last argument.
  it.each(REFUSED.map((r) => [r[0], r[1], r[2], r[3], r[4]] as const))(
    '%s',
    (_what, tail, code, line, apacheMessage) => {
      const { rules, diagnostics } = parseHtaccess(OK + tail);
      expect(diagnostics.map((d) => d.severity)).toContain('error');
      const hit = diagnostics.find((d) => d.code === code);
      expect(hit?.path).toBe(`/htaccess/lines/${line}`);
      expect(hit?.message).toMatch(new RegExp(`^line ${line}: `));
      if (apacheMessage !== undefined) expect(hit?.apacheMessage).toBe(apacheMessage);
      // The valid block before it still parses; nothing after it becomes a rule.
      expect(rules).toEqual([{ files: 'ok.wsgi', variable: 'PROCESS_GROUP', processGroup: 'bob:1' }]);
    },
  );

  it('quotes the offending line in the message', () => {
    const [diagnostic] = parseHtaccess('RewriteRule ^ - [E=PROCESS_GROUP:bob:2]').diagnostics;
    expect(diagnostic?.message).toContain('RewriteRule ^ - [E=PROCESS_GROUP:bob:2]');
  });

  it('reports every problem of a file, in line order, not just the first', () => {
    const { diagnostics } = parseHtaccess('Options None\nSetEnv PROCESS_GROUP x\n<If "true">\n</If>\n');
    expect(diagnostics.map((d) => d.path)).toEqual([
      '/htaccess/lines/1',
      '/htaccess/lines/2',
      '/htaccess/lines/3',
    ]);
  });
});

describe('AllowOverride decides whether SetEnv may appear at all', () => {
  it.each([[['None']], [['AuthConfig', 'Options']], [['Indexes']]] as const)(
    'refuses SetEnv under %j',
    (allow) => {
      const { rules, diagnostics } = parseHtaccess(OK, { allowOverride: [...allow] });
      expect(rules).toEqual([]);
      expect(diagnostics.map((d) => [d.code, d.path, d.apacheMessage])).toEqual([
        ['HTACCESS_NOT_ALLOWED', '/htaccess/lines/2', 'SetEnv not allowed in <Files> context'],
      ]);
    },
  );

  it.each([[['FileInfo']], [['All']], [['AuthConfig', 'FileInfo']]] as const)(
    'accepts SetEnv under %j',
    (allow) => {
      expect(parseHtaccess(OK, { allowOverride: [...allow] }).diagnostics).toEqual([]);
    },
  );
});
