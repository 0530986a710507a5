import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, HtaccessRule, ServerModel, VirtualHost } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { htaccessFileOf } from './htaccess-file.js';
import { buildModelIndex } from './model-index.js';
import { validate, validateDirectory } from './validate.js';

const CODE = 'HTACCESS_PATH_CONFLICT';
const conflicts = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.code === CODE).map((d) => [d.severity, d.path]);

/** The seed plus a second record for bob's public_html: in a :443 twin vhost, or under another spelling. */
function withTwin({
  rules,
  path,
  tls,
}: {
  rules: HtaccessRule[];
  path?: string;
  tls?: boolean;
}): ServerModel {
  const model = seedRestrictProcess();
  const site = model.virtualHosts[0] as VirtualHost;
  if (tls === true) model.virtualHosts.push({ ...site, id: 'vh-site-tls', addresses: ['*:443'] });
  const bob = model.directories[0] as Directory;
  model.directories.push({
    ...bob,
    id: 'dir-bob-twin',
    virtualHostId: tls === true ? 'vh-site-tls' : site.id,
    path: path ?? bob.path,
    rules,
  });
  return model;
}

const bobRules = () => seedRestrictProcess().directories[0]?.rules ?? [];

describe('directory records that share one .htaccess file must carry the same rules', () => {
  it('the same path in a :80 and a :443 vhost with different rules is refused on both records', () => {
    const model = withTwin({ tls: true, rules: [{ files: 'blog.wsgi', processGroup: 'bob:3' }] });
    expect(conflicts(validate(model))).toEqual([
      ['error', '/directories/dir-bob/path'],
      ['error', '/directories/dir-bob-twin/path'],
    ]);
  });

  it('/x and /x/ are one directory on disk', () => {
    const model = withTwin({
      path: '/home/bob/public_html/',
      rules: [{ files: 'a.wsgi', processGroup: 'bob:1' }],
    });
    expect(conflicts(validate(model))).toHaveLength(2);
    expect(htaccessFileOf('/home/bob//public_html/./')).toBe('/home/bob/public_html/.htaccess');
  });

  it('identical rules (an absent variable is PROCESS_GROUP) write one file and pass', () => {
    const rules = bobRules().map((r) => ({ ...r, variable: 'PROCESS_GROUP' }));
    expect(conflicts(validate(withTwin({ tls: true, rules })))).toEqual([]);
  });

  it('a record without rules writes no file and conflicts with nothing', () => {
    expect(conflicts(validate(withTwin({ tls: true, rules: [] })))).toEqual([]);
  });

  it('the incremental check of one edited directory finds the clash through the index of the model before', () => {
    const before = withTwin({ tls: true, rules: bobRules() });
    const index = buildModelIndex(before);
    expect(conflicts(validate(before))).toEqual([]);
    const edited: Directory = {
      ...(before.directories[0] as Directory),
      rules: [{ files: 'x.wsgi', processGroup: 'bob:2' }],
    };
    const after: ServerModel = { ...before, directories: [edited, ...before.directories.slice(1)] };
    expect(conflicts(validateDirectory(after, 'dir-bob', index, edited))).toEqual([
      ['error', '/directories/dir-bob/path'],
    ]);
    expect(conflicts(validateDirectory(before, 'dir-bob', index))).toEqual([]);
  });

  it('the message names the file but not the other record, which may be another tenant’s', () => {
    const model = withTwin({ tls: true, rules: [{ files: 'blog.wsgi', processGroup: 'bob:3' }] });
    const [first] = validate(model).filter((d) => d.code === CODE);
    expect(first?.message).toContain('/home/bob/public_html/.htaccess');
    expect(first?.message).not.toContain('dir-bob-twin');
  });
});
