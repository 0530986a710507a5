import { describe, expect, it } from '@jest/globals';
import type { ServerModel } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { createResolver, resolve } from './index.js';

/** The WSGIRestrictProcess.rst example, reachable as /~bob/… plus a DocumentRoot app outside bob's dir. */
function seedWithUrls(): ServerModel {
  const model = seedRestrictProcess();
  const bob = model.directories.find((d) => d.id === 'dir-bob');
  if (bob === undefined) throw new Error('seed changed: no dir-bob');
  bob.urlPath = '/~bob';
  const vhost = model.virtualHosts[0];
  if (vhost === undefined) throw new Error('seed changed: no vhost');
  vhost.documentRoot = '/srv/www/site';
  model.directories.push({
    id: 'dir-site',
    virtualHostId: vhost.id,
    tenantId: 'tn-bob',
    path: '/srv/www/site',
    urlPath: null,
    allowOverride: [],
    options: ['ExecCGI'],
    handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
    restrictProcess: null,
    processGroup: null,
    env: {},
    rules: [],
  });
  return model;
}

describe('WSGIRestrictProcess.rst seed: each file lands in the group the docs promise', () => {
  const resolver = createResolver(seedWithUrls());

  it('/~bob/blog.wsgi maps through the Alias and runs in bob:2 from the .htaccess <Files>', () => {
    const out = resolver({ host: 'www.site.com', path: '/~bob/blog.wsgi' });
    expect(out).toMatchObject({
      status: 200,
      virtualHostId: 'vh-site',
      file: '/home/bob/public_html/blog.wsgi',
      processGroup: 'bob:2',
      runsAs: { user: 'bob', group: 'bob' },
      applicationGroup: 'www.site.com|/~bob/blog.wsgi',
    });
    expect(out.error).toBeUndefined();
    expect(out.trace).toContainEqual({
      step: 'restrict-list',
      source: '<Directory /home/bob/public_html> WSGIRestrictProcess bob:1 bob:2 bob:3',
      detail: 'bob:2 is in WSGIRestrictProcess bob:1 bob:2 bob:3',
    });
  });

  it('wiki.wsgi runs in bob:3', () => {
    expect(resolver({ host: 'www.site.com', path: '/~bob/wiki.wsgi' }).processGroup).toBe('bob:3');
  });

  it('another script in bob’s directory gets bob:1 from the <Directory> SetEnv', () => {
    const out = resolver({ host: 'www.site.com', path: '/~bob/shop.wsgi' });
    expect(out).toMatchObject({ status: 200, processGroup: 'bob:1', runsAs: { user: 'bob', group: 'bob' } });
  });

  it('a script outside bob’s directory gets the vhost SetEnv default, a global group run as the Apache user', () => {
    const out = resolver({ host: 'www.site.com', path: '/app.wsgi' });
    expect(out).toMatchObject({
      status: 200,
      file: '/srv/www/site/app.wsgi',
      processGroup: 'default',
      runsAs: { user: 'www-data', group: 'www-data' },
    });
  });

  it('resolve() gives the same answer as a prepared resolver', () => {
    const request = { host: 'WWW.Site.COM', path: '/~bob/blog.wsgi' };
    expect(resolve(seedWithUrls(), request)).toEqual(resolver(request));
  });

  it('a file name that only matches case-insensitively does not pick up <Files blog.wsgi>', () => {
    expect(resolver({ host: 'www.site.com', path: '/~bob/Blog.wsgi' }).processGroup).toBe('bob:1');
  });
});
