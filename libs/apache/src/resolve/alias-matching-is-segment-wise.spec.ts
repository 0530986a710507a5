import { describe, expect, it } from '@jest/globals';
import { resolve } from './index.js';
import { server, vhost, wsgiDirectory } from './spec-models.fixture.js';
import { aliasMatches, mapUrl } from './url-mapping.js';

describe('mod_alias matching', () => {
  it('matches whole segments only, and runs of slashes match each other', () => {
    expect(aliasMatches('/~bob/blog.wsgi', '/~bob')).toBe(5);
    expect(aliasMatches('/~bob', '/~bob')).toBe(5);
    expect(aliasMatches('/~bobby/x', '/~bob')).toBe(0);
    expect(aliasMatches('//~bob//x', '/~bob/')).toBe(8);
    expect(aliasMatches('/~Bob/x', '/~bob')).toBe(0);
  });

  it('the first Alias in config order wins, else DocumentRoot', () => {
    const aliases = [
      { urlPath: '/app', path: '/srv/a' },
      { urlPath: '/app/admin', path: '/srv/admin' },
    ];
    expect(mapUrl('/app/admin/x.wsgi', aliases, '/var/www')).toMatchObject({ file: '/srv/a/admin/x.wsgi' });
    expect(mapUrl('/other', aliases, '/var/www/')).toMatchObject({
      kind: 'document-root',
      file: '/var/www/other',
    });
    expect(mapUrl('/other', aliases, null)).toEqual({ kind: 'none' });
  });

  it('resolve() orders Aliases as rendered (by directory path) and reports an unmapped URL as 404', () => {
    const model = server({
      virtualHosts: [vhost('v1', 'www.site.com', { documentRoot: null })],
      daemonGroups: [],
      directories: [
        wsgiDirectory('d2', 'v1', '/srv/b', { urlPath: '/app' }),
        wsgiDirectory('d1', 'v1', '/srv/a', { urlPath: '/app/admin' }),
      ],
    });
    expect(resolve(model, { host: 'www.site.com', path: '/app/admin/x.wsgi' }).file).toBe('/srv/a/x.wsgi');
    expect(resolve(model, { host: 'www.site.com', path: '/nothing' })).toMatchObject({
      status: 404,
      file: null,
    });
  });
});
