import { describe, expect, it } from '@jest/globals';
import { renderHtaccess } from '../render/index.js';
import { SEED_HTACCESS } from '../render/seed-model.fixture.js';
import { parseHtaccess } from './index.js';

const SEED_RULES = [
  { files: 'blog.wsgi', variable: 'PROCESS_GROUP', processGroup: 'bob:2' },
  { files: 'wiki.wsgi', variable: 'PROCESS_GROUP', processGroup: 'bob:3' },
];

describe("the seed's .htaccess (WSGIRestrictProcess.rst)", () => {
  it('parses to its two <Files> rules, in file order, without diagnostics', () => {
    expect(parseHtaccess(SEED_HTACCESS)).toEqual({ rules: SEED_RULES, diagnostics: [] });
  });

  it('parses the same under AllowOverride FileInfo, as the seed directory grants', () => {
    expect(parseHtaccess(SEED_HTACCESS, { allowOverride: ['FileInfo'] }).rules).toEqual(SEED_RULES);
  });

  it('reads back identically after rendering (header comment and indentation included)', () => {
    expect(parseHtaccess(renderHtaccess(SEED_RULES))).toEqual({ rules: SEED_RULES, diagnostics: [] });
  });
});
