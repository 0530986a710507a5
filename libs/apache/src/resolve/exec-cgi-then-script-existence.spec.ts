import { describe, expect, it } from '@jest/globals';
import { resolve } from './index.js';
import { daemon, server, vhost, wsgiDirectory } from './spec-models.fixture.js';

const model = (options: string[]) =>
  server({
    virtualHosts: [vhost('v1', 'www.site.com', { documentRoot: '/srv/site', processGroup: 'app' })],
    daemonGroups: [daemon('app', 'v1', 'bob', 'bob')],
    directories: [wsgiDirectory('d1', 'v1', '/srv/site', { options })],
  });

describe('mod_wsgi’s handler checks: ExecCGI first (403), then the script on disk (404)', () => {
  it('a wsgi-script without Options ExecCGI is forbidden', () => {
    const out = resolve(model(['Indexes']), { host: 'www.site.com', path: '/app.wsgi' });
    expect(out).toMatchObject({
      status: 403,
      processGroup: null,
      error: 'Options ExecCGI is off in this directory',
    });
  });

  it('Apache’s default Options (no Options line) do not include ExecCGI', () => {
    expect(resolve(model([]), { host: 'www.site.com', path: '/app.wsgi' }).status).toBe(403);
  });

  it('+ExecCGI and All both turn it on', () => {
    expect(resolve(model(['+ExecCGI']), { host: 'www.site.com', path: '/app.wsgi' }).status).toBe(200);
    expect(resolve(model(['All']), { host: 'www.site.com', path: '/app.wsgi' }).status).toBe(200);
  });

  it('a missing script is 404 with mod_wsgi’s text', () => {
    const out = resolve(
      model(['ExecCGI']),
      { host: 'www.site.com', path: '/gone.wsgi' },
      { fileExists: (p) => p !== '/srv/site/gone.wsgi' },
    );
    expect(out).toMatchObject({
      status: 404,
      file: '/srv/site/gone.wsgi',
      error: 'Target WSGI script not found or unable to stat',
    });
  });

  it('ExecCGI is checked before existence: a missing script without ExecCGI is 403', () => {
    const out = resolve(model([]), { host: 'www.site.com', path: '/gone.wsgi' }, { fileExists: () => false });
    expect(out.status).toBe(403);
  });

  it('a file without a wsgi-script handler is a static file: 200, mod_wsgi never reached', () => {
    const out = resolve(model([]), { host: 'www.site.com', path: '/style.css' });
    expect(out).toMatchObject({ status: 200, processGroup: null, applicationGroup: null, runsAs: null });
    expect(out.trace.at(-1)?.detail).toMatch(/static file/);
  });

  it('mod_mime checks every extension: app.wsgi.bak is still a WSGI script', () => {
    expect(resolve(model(['ExecCGI']), { host: 'www.site.com', path: '/app.wsgi.bak' }).processGroup).toBe(
      'app',
    );
  });
});

describe('directory requests', () => {
  it('a URL that maps to a directory is not a script: 404 (no mod_dir in the rendered config)', () => {
    expect(resolve(model(['ExecCGI']), { host: 'www.site.com', path: '/' }).status).toBe(404);
    expect(resolve(model(['ExecCGI']), { host: 'www.site.com', path: '/sub/' }).processGroup).toBeNull();
  });
});
