import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validate, type Diagnostic, type Directory, type HtaccessRule, type ServerModel } from '#apache';
import { largeModel } from '../../../../libs/apache/test-fixtures/large-model.js';
import { richSeed } from '../../../../libs/apache/test-fixtures/rich-seed.js';
import { CachedModel } from '../model-cache/cached-model.js';
import { validateSince } from './incremental-validation.js';

/** largeModel + the rich seed's vhost, directories and groups, plus directories sharing an .htaccess path. */
function baseModel(): ServerModel {
  const large = largeModel(5);
  const seed = richSeed();
  const model: ServerModel = {
    ...large,
    virtualHosts: [...large.virtualHosts, ...seed.virtualHosts],
    daemonGroups: [...large.daemonGroups, ...seed.daemonGroups],
    tenants: [...large.tenants, ...seed.tenants],
    directories: [...large.directories, ...seed.directories],
  };
  // The same path served by the next tenant's vhost: both <Directory> blocks write one .htaccess file.
  const twins: Directory[] = [0, 3].map((i) => ({
    ...(model.directories[i] as Directory),
    id: `dir-${i}-twin`,
    virtualHostId: `vh-${i + 1}`,
    tenantId: `tn-${i + 1}`,
    path: i === 3 ? `/home/t${i}/public_html/` : `/home/t${i}/public_html`,
    restrictProcess: [1, 2, 3, 4].map((n) => `t${i + 1}:${n}`),
    env: { PROCESS_GROUP: `t${i + 1}:1` },
    rules: [],
  }));
  return { ...model, directories: [...model.directories, ...twins] };
}

/** Valid rules, rules naming another tenant's or an unknown group (errors), and repeats (warnings). */
const RULES: HtaccessRule[][] = [
  [],
  [{ files: 'app2.wsgi', processGroup: 't1:2' }],
  [{ files: 'app2.wsgi', processGroup: 't0:2' }],
  [{ files: 'app2.wsgi', processGroup: 'nobody:9' }],
  [
    { files: 'a.wsgi', processGroup: 't0:1' },
    { files: 'a.wsgi', processGroup: 't0:1' },
  ],
  [{ filesMatch: '^x.*\\.wsgi$', processGroup: 'bob:1' }],
  [{ files: 'bad name.wsgi', processGroup: 't2:1' }],
];

function withRules(model: ServerModel, position: number, pick: number): ServerModel {
  const directories = [...model.directories];
  directories[position] = { ...(directories[position] as Directory), rules: RULES[pick] ?? [] };
  return { ...model, directories };
}

const key = (d: Diagnostic) => JSON.stringify([d.path, d.code, d.severity, d.message]);
const multiset = (list: readonly Diagnostic[]) => list.map(key).sort();

describe('validation after a rules-only change, computed from the previous diagnostics', () => {
  it('equals a full validate() of the changed model, as a multiset, for any sequence of rules changes', () => {
    const base = baseModel();
    const previous = { model: base, diagnostics: validate(base) };
    expect(previous.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.directories.length - 1), fc.nat(RULES.length - 1)), {
          minLength: 1,
          maxLength: 5,
        }),
        (changes) => {
          const after = changes.reduce((m, [position, pick]) => withRules(m, position, pick), base);
          const incremental = validateSince(previous, new CachedModel(after.id, 2, after));
          expect(multiset(incremental)).toEqual(multiset(validate(after)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is never derived from diagnostics that hold an error (those were never published)', () => {
    const base = baseModel();
    const broken: Diagnostic = {
      code: 'X',
      severity: 'error',
      path: '/directories/dir-0/path',
      message: 'x',
    };
    const after = withRules(base, 0, 1);
    expect(
      multiset(validateSince({ model: base, diagnostics: [broken] }, new CachedModel(base.id, 2, after))),
    ).toEqual(multiset(validate(after)));
  });

  it('falls back to the full validation when anything but rules changed', () => {
    const base = baseModel();
    const previous = { model: base, diagnostics: [] };
    const renamed: ServerModel = { ...base, tenants: [...base.tenants] };
    expect(multiset(validateSince(previous, new CachedModel(base.id, 2, renamed)))).toEqual(
      multiset(validate(renamed)),
    );
  });
});
