import { describe, expect, it } from '@jest/globals';
import type { ServerModel } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { resolve } from './index.js';

function bobWith(
  rules: ServerModel['directories'][number]['rules'],
  tweak?: (m: ServerModel) => void,
): ServerModel {
  const model = seedRestrictProcess();
  const bob = model.directories.find((d) => d.id === 'dir-bob');
  if (bob === undefined) throw new Error('seed changed: no dir-bob');
  bob.urlPath = '/~bob';
  bob.rules = rules;
  tweak?.(model);
  return model;
}

const request = { host: 'www.site.com', path: '/~bob/app.wsgi' };

describe('a tenant .htaccess cannot leave the WSGIRestrictProcess list', () => {
  it('joe:1 chosen in bob’s .htaccess is refused with mod_wsgi’s exact text', () => {
    const out = resolve(bobWith([{ files: 'app.wsgi', processGroup: 'joe:1' }]), request);
    expect(out.status).toBe(500);
    expect(out.processGroup).toBe('joe:1');
    expect(out.runsAs).toBeNull();
    expect(out.error).toBe(
      "Daemon process called 'joe:1' cannot be accessed by this WSGI application as not a member of allowed groups",
    );
  });

  it('%{GLOBAL} through SetEnv means embedded mode, refused because the list lacks %{GLOBAL}', () => {
    const out = resolve(bobWith([{ files: 'app.wsgi', processGroup: '%{GLOBAL}' }]), request);
    expect(out).toMatchObject({ status: 500, processGroup: '' });
    expect(out.error).toBe(
      "Daemon process called '' cannot be accessed by this WSGI application as not a member of allowed groups",
    );
  });

  it('an empty value is embedded mode too, and refused the same way', () => {
    const out = resolve(bobWith([{ filesMatch: '^app\\.wsgi$', processGroup: '' }]), request);
    expect(out).toMatchObject({ status: 500, processGroup: '' });
  });

  it('with %{GLOBAL} in the list embedded mode runs as the Apache user', () => {
    const model = bobWith([{ files: 'app.wsgi', processGroup: '%{GLOBAL}' }], (m) => {
      m.directories[0]!.restrictProcess = ['bob:1', '%{GLOBAL}'];
    });
    expect(resolve(model, request)).toMatchObject({
      status: 200,
      processGroup: '',
      runsAs: { user: 'www-data', group: 'www-data' },
    });
  });

  it('WSGIRestrictEmbedded On turns that into a 500', () => {
    const model = bobWith([{ files: 'app.wsgi', processGroup: '%{GLOBAL}' }], (m) => {
      m.directories[0]!.restrictProcess = ['bob:1', '%{GLOBAL}'];
      m.restrictEmbedded = true;
    });
    expect(resolve(model, request)).toMatchObject({
      status: 500,
      error: 'Embedded mode of mod_wsgi disabled by runtime configuration',
    });
  });

  it('an empty list denies everything, even the directory’s own default', () => {
    const model = bobWith([], (m) => {
      m.directories[0]!.restrictProcess = [];
    });
    expect(resolve(model, request)).toMatchObject({ status: 500, processGroup: 'bob:1' });
  });

  it('a later <Files> block for the same file wins, and <FilesMatch> searches the base name', () => {
    const model = bobWith([
      { files: 'app.wsgi', processGroup: 'bob:2' },
      { filesMatch: 'pp\\.ws', processGroup: 'bob:3' },
    ]);
    expect(resolve(model, request).processGroup).toBe('bob:3');
  });

  it('AllowOverride None: the .htaccess is never read, so joe:1 there changes nothing', () => {
    const model = bobWith([{ files: 'app.wsgi', processGroup: 'joe:1' }], (m) => {
      m.directories[0]!.allowOverride = ['None'];
    });
    expect(resolve(model, request)).toMatchObject({ status: 200, processGroup: 'bob:1' });
  });

  it('an override class without FileInfo refuses SetEnv: the whole request fails with 500', () => {
    const model = bobWith([{ files: 'app.wsgi', processGroup: 'bob:2' }], (m) => {
      m.directories[0]!.allowOverride = ['AuthConfig'];
    });
    const out = resolve(model, { host: 'www.site.com', path: '/~bob/index.html' });
    expect(out).toMatchObject({
      status: 500,
      processGroup: null,
      error: '/home/bob/public_html/.htaccess: SetEnv not allowed in <Files> context',
    });
  });
});
