import { describe, expect, it } from '@jest/globals';
import { parseHtaccess } from './index.js';

/** The single rule of a one-block file, or the diagnostics if there is not exactly one clean rule. */
function onlyRule(text: string): unknown {
  const { rules, diagnostics } = parseHtaccess(text);
  return diagnostics.length === 0 && rules.length === 1 ? rules[0] : { rules, diagnostics };
}

describe('.htaccess lines are read with Apache rules (spec §5.2)', () => {
  it('accepts CRLF line endings', () => {
    expect(onlyRule('<Files a.wsgi>\r\nSetEnv PROCESS_GROUP bob:2\r\n</Files>\r\n')).toEqual({
      files: 'a.wsgi',
      variable: 'PROCESS_GROUP',
      processGroup: 'bob:2',
    });
  });

  it('joins a line ending in a single backslash with the next one (LF and CRLF)', () => {
    expect(onlyRule('<Files a.wsgi>\nSetEnv PROCESS_GROUP \\\nbob:2\n</Files>')).toMatchObject({
      processGroup: 'bob:2',
    });
    expect(onlyRule('<Files a.wsgi>\r\nSetEnv \\\r\nPROCESS_GROUP bob:\\\r\n2\r\n</Files>')).toMatchObject({
      processGroup: 'bob:2',
    });
  });

  it('reads a trailing double backslash as one literal backslash, not a continuation', () => {
    expect(onlyRule('<Files a.wsgi>\nSetEnv PROCESS_GROUP bob:2\\\\\n</Files>')).toMatchObject({
      processGroup: 'bob:2\\',
    });
  });

  it('treats # as a comment only as the first non-blank character', () => {
    expect(
      onlyRule('   # a comment\n<Files a.wsgi>\n\t# another\nSetEnv PROCESS_GROUP bob:2\n</Files>'),
    ).toMatchObject({
      processGroup: 'bob:2',
    });
    const inline = parseHtaccess('<Files a.wsgi>\nSetEnv PROCESS_GROUP bob:2 # pick bob\n</Files>\n');
    expect(inline.diagnostics.map((d) => [d.code, d.path, d.apacheMessage])).toEqual([
      [
        'HTACCESS_SETENV_ARGUMENTS',
        '/htaccess/lines/2',
        'SetEnv takes 1-2 arguments, an environment variable name and optional value to pass to CGI.',
      ],
    ]);
  });

  it.each([
    ['"bob 2"', 'bob 2'],
    ["'bob:2'", 'bob:2'],
    ['"bob:2', 'bob:2'],
    ['"bob:2\\"', 'bob:2"'],
    ['"a\\\\b"', 'a\\b'],
    ['"a\\b"', 'a\\b'],
    ['a\\"b', 'a\\"b'],
    ['a\\\\b', 'a\\b'],
    ['""', ''],
  ])('unquotes the value %s as ap_getword_conf does', (written, value) => {
    expect(onlyRule(`<Files a.wsgi>\nSetEnv PROCESS_GROUP ${written}\n</Files>`)).toMatchObject({
      processGroup: value,
    });
  });

  it('reads "bob:2"x as two arguments', () => {
    const { diagnostics } = parseHtaccess('<Files a.wsgi>\nSetEnv PROCESS_GROUP "bob:2"x\n</Files>');
    expect(diagnostics.map((d) => d.code)).toEqual(['HTACCESS_SETENV_ARGUMENTS']);
  });

  it('matches directive, container and variable names case-insensitively, keeping the spelling', () => {
    expect(onlyRule('<files a.wsgi>\nsetenv process_group bob:2\n</FILES>')).toEqual({
      files: 'a.wsgi',
      variable: 'process_group',
      processGroup: 'bob:2',
    });
    expect(onlyRule('<filesmatch "^a\\.wsgi$">\nSETENV PROCESS_GROUP bob:2\n</FilesMatch>')).toEqual({
      filesMatch: '^a\\.wsgi$',
      variable: 'PROCESS_GROUP',
      processGroup: 'bob:2',
    });
  });

  it('takes a quoted <Files> name and an unquoted <FilesMatch> regex', () => {
    expect(onlyRule('<Files "a.wsgi">\nSetEnv PROCESS_GROUP bob:2\n</Files>')).toMatchObject({
      files: 'a.wsgi',
    });
    expect(onlyRule('<FilesMatch \\.wsgi$>\nSetEnv PROCESS_GROUP bob:2\n</FilesMatch>')).toMatchObject({
      filesMatch: '\\.wsgi$',
    });
  });

  it('gives one-argument SetEnv an empty group (for the validator to refuse)', () => {
    expect(onlyRule('<Files a.wsgi>\nSetEnv PROCESS_GROUP\n</Files>')).toMatchObject({ processGroup: '' });
  });

  it('accepts a line that fills the 8192-byte buffer and refuses one byte more with "Line too long"', () => {
    const block = (pad: number): string =>
      `<Files a.wsgi>\nSetEnv PROCESS_GROUP ${'x'.repeat(pad)}\n</Files>\n`;
    const prefix = 'SetEnv PROCESS_GROUP '.length;
    expect(parseHtaccess(block(8190 - prefix)).diagnostics).toEqual([]);
    const tooLong = parseHtaccess(block(8191 - prefix)).diagnostics;
    expect(tooLong.map((d) => [d.code, d.path, d.apacheMessage])).toEqual([
      ['HTACCESS_LINE_TOO_LONG', '/htaccess/lines/2', 'Line too long'],
    ]);
  });

  it('counts a continued line as one line against the buffer', () => {
    const half = 'x'.repeat(4100);
    const text = `<Files a.wsgi>\nSetEnv PROCESS_GROUP ${half}\\\n${half}\n</Files>\n`;
    expect(parseHtaccess(text).diagnostics.map((d) => d.code)).toContain('HTACCESS_LINE_TOO_LONG');
  });
});
