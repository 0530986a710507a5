import { describe, expect, it } from '@jest/globals';
import { checkConfigValue, findUnsafeCharacters, serverNameHost, type ConfigValueKind } from './index.js';

describe('findUnsafeCharacters refuses what Apache line parsing would reinterpret (spec §5.2)', () => {
  it.each([
    ['x\nWSGIRestrictEmbedded Off', 'line-break'],
    ['x\r\ny', 'line-break'],
    ['bob:1\\', 'trailing-backslash'],
    ['${HOME}', 'interpolation'],
    ['"bob:2', 'quote'],
    ["bob'2", 'quote'],
    ['bob # x', 'comment'],
    ['g1\u0000x', 'nul'],
    ['a\u0007b', 'control-character'],
    ['a\u2028b', 'unicode-line-separator'],
    ['a\u2029b', 'unicode-line-separator'],
    ['a\u200bb', 'non-printable'],
    ['a\u202eb', 'non-printable'],
    ['bob 2', 'whitespace'],
    ['bob\u00a02', 'whitespace'],
    ['x'.repeat(10_000), 'too-long'],
  ])('%j is refused as %s', (value, reason) => {
    expect(findUnsafeCharacters(value).map((p) => p.reason)).toContain(reason);
  });

  it.each(['bob:1', '%{GLOBAL}', '%{ENV:PROCESS_GROUP}', 'grün', '/home/bob/public_html', 'a$b'])(
    '%j is lexically safe',
    (value) => {
      expect(findUnsafeCharacters(value)).toEqual([]);
    },
  );

  it('allows regex escapes in FilesMatch but not a trailing or doubled backslash', () => {
    expect(checkConfigValue('^blog\\.wsgi$', 'files-match')).toEqual([]);
    expect(checkConfigValue('^blog\\', 'files-match').map((p) => p.reason)).toContain('trailing-backslash');
    expect(checkConfigValue('a\\\\b', 'files-match').map((p) => p.reason)).toContain('trailing-backslash');
    expect(checkConfigValue('^(blog', 'files-match').map((p) => p.reason)).toEqual(['invalid-format']);
  });
});

describe('checkConfigValue applies strict formats per kind', () => {
  const ok: [ConfigValueKind, string][] = [
    ['group-name', 'bob:1'],
    ['group-name', 'default'],
    ['unix-user', 'bob'],
    ['absolute-path', '/home/bob/public_html'],
    ['env-name', 'PROCESS_GROUP'],
    ['server-name', 'www.site.com'],
    ['server-name', 'https://www.site.com:8443'],
    ['server-alias', '*.site.com'],
    ['address', '*:80'],
    ['address', '127.0.0.1:8080'],
    ['address', '[::1]:80'],
    ['address', '_default_'],
    ['url-path', '/app/a.wsgi'],
    ['files-name', 'blog.wsgi'],
  ];
  const bad: [ConfigValueKind, string][] = [
    ['group-name', '%{GLOBAL}'],
    ['group-name', ''],
    ['group-name', 'a/b'],
    ['group-name', 'x'.repeat(65)],
    ['unix-user', 'Root!'],
    ['absolute-path', 'home/bob'],
    ['absolute-path', '/home/../etc'],
    ['absolute-path', '/home/bob\\'],
    ['env-name', '1X'],
    ['server-name', 'www..site.com'],
    ['server-name', 'www.site.com:99999'],
    ['address', '300.1.1.1:80'],
    ['address', '*:0'],
    ['url-path', 'app/a.wsgi'],
    ['files-name', '*.wsgi'],
    ['files-name', '..'],
  ];
  it.each(ok)('%s %j is accepted', (kind, value) => expect(checkConfigValue(value, kind)).toEqual([]));
  it.each(bad)('%s %j is refused', (kind, value) =>
    expect(checkConfigValue(value, kind).length).toBeGreaterThan(0),
  );

  it('serverNameHost strips scheme and port but keeps case', () => {
    expect(serverNameHost('https://WWW.Site.com:443')).toBe('WWW.Site.com');
    expect(serverNameHost('www.site.com')).toBe('www.site.com');
  });
});
