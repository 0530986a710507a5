import { describe, expect, it } from '@jest/globals';
import { parseHtaccess } from './index.js';

const texts = (text: string) =>
  parseHtaccess(text, { allowOverride: ['Indexes'] }).diagnostics.map((d) => [d.code, d.apacheMessage]);

/** Apache 2.4.71, observed by override-classes-and-exec-cgi.oracle.spec.ts: the refusal names the block. */
describe('SetEnv without FileInfo quotes the text Apache logs for its position', () => {
  it('inside <Files>: "SetEnv not allowed in <Files> context"', () => {
    expect(texts('<Files app.wsgi>\nSetEnv PROCESS_GROUP bob:2\n</Files>\n')).toEqual([
      ['HTACCESS_NOT_ALLOWED', 'SetEnv not allowed in <Files> context'],
    ]);
  });

  it('inside <FilesMatch>: "SetEnv not allowed in <FilesMatch> context"', () => {
    expect(texts('<FilesMatch "^app\\.wsgi$">\nSetEnv PROCESS_GROUP bob:2\n</FilesMatch>\n')).toEqual([
      ['HTACCESS_NOT_ALLOWED', 'SetEnv not allowed in <FilesMatch> context'],
    ]);
  });

  it('outside any block: "SetEnv not allowed here"', () => {
    expect(texts('SetEnv PROCESS_GROUP bob:2\n')).toEqual([
      ['HTACCESS_NOT_ALLOWED', 'SetEnv not allowed here'],
    ]);
  });
});
