import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, OverrideClass, ServerModel } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { validate } from './validate.js';

function run(change: (bob: Directory, m: ServerModel) => void): Diagnostic[] {
  const model = seedRestrictProcess();
  change(
    model.directories.find((d) => d.id === 'dir-bob')!,
    model,
  );
  return validate(model);
}

const errorsOf = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path, d.apacheMessage]);

describe('<Directory> and vhost directive values (spec §4, §5; rules R3, R5, P7)', () => {
  it('two <Directory> blocks for one path in one vhost: DUPLICATE_DIRECTORY on the second', () => {
    const diagnostics = run((bob, m) =>
      m.directories.push({ ...structuredClone(bob), id: 'dir-bob-again', path: `${bob.path}/` }),
    );
    expect(errorsOf(diagnostics)).toEqual([
      ['DUPLICATE_DIRECTORY', '/directories/dir-bob-again/path', undefined],
    ]);
  });

  it('the same path in another vhost is not a duplicate', () => {
    const diagnostics = run((bob, m) => {
      m.virtualHosts.push({ ...structuredClone(m.virtualHosts[0]!), id: 'vh-tls', addresses: ['*:443'] });
      m.directories.push({ ...structuredClone(bob), id: 'dir-bob-tls', virtualHostId: 'vh-tls' });
    });
    expect(errorsOf(diagnostics)).toEqual([]);
  });

  it('a rule with both files and filesMatch, or neither: INVALID_HTACCESS_RULE', () => {
    const both = run((bob) => (bob.rules[0] = { files: 'a.wsgi', filesMatch: 'a', processGroup: 'bob:2' }));
    expect(errorsOf(both)).toEqual([
      ['INVALID_HTACCESS_RULE', '/directories/dir-bob/rules/0/files', undefined],
    ]);
    const neither = run((bob) => (bob.rules[1] = { processGroup: 'bob:2' }));
    expect(errorsOf(neither)).toEqual([
      ['INVALID_HTACCESS_RULE', '/directories/dir-bob/rules/1/files', undefined],
    ]);
  });

  it('an unknown AllowOverride class quotes Apache', () => {
    const diagnostics = run((bob) => (bob.allowOverride = ['FileInfo', 'Everything' as OverrideClass]));
    expect(errorsOf(diagnostics)).toEqual([
      [
        'INVALID_ALLOW_OVERRIDE',
        '/directories/dir-bob/allowOverride/1',
        'Illegal override option Everything',
      ],
    ]);
  });

  it('None combined with another class is INVALID_ALLOW_OVERRIDE on the list', () => {
    const codes = errorsOf(run((bob) => (bob.allowOverride = ['None', 'FileInfo'])));
    expect(codes).toContainEqual(['INVALID_ALLOW_OVERRIDE', '/directories/dir-bob/allowOverride', undefined]);
  });

  it.each([
    [
      'a handler name with an illegal character',
      { handler: 'wsgi*script', extensions: ['.wsgi'] },
      '/handlers/0/handler',
    ],
    ['no extension', { handler: 'wsgi-script', extensions: [] }, '/handlers/0/extensions'],
    [
      'an extension that is not one',
      { handler: 'wsgi-script', extensions: ['.ws.gi'] },
      '/handlers/0/extensions/0',
    ],
  ])('AddHandler with %s: INVALID_HANDLER', (_name, mapping, path) => {
    expect(errorsOf(run((bob) => (bob.handlers = [mapping])))).toEqual([
      ['INVALID_HANDLER', `/directories/dir-bob${path}`, undefined],
    ]);
  });

  it('an empty WSGIApplicationGroup quotes mod_wsgi: INVALID_APPLICATION_GROUP', () => {
    expect(errorsOf(run((_bob, m) => (m.virtualHosts[0]!.applicationGroup = '')))).toEqual([
      [
        'INVALID_APPLICATION_GROUP',
        '/virtual-hosts/vh-site/applicationGroup',
        'WSGIApplicationGroup takes one argument, Name of WSGI application group.',
      ],
    ]);
  });
});
