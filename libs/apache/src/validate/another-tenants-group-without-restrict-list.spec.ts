import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, ServerModel } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { validate, validateDirectory } from './index.js';

/** The seed with bob's directory unrestricted (no WSGIRestrictProcess), then `change` applied to it. */
function unrestrictedBob(change: (bob: Directory) => void): ServerModel {
  const model = seedRestrictProcess();
  const bob = model.directories.find((d) => d.id === 'dir-bob')!;
  bob.restrictProcess = null;
  change(bob);
  return model;
}

const only = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

describe('choosing another tenant’s group where no restriction list applies (spec §3, §8)', () => {
  it('a tenant’s .htaccess rule naming joe’s group is an error at the rule', () => {
    const model = unrestrictedBob((bob) => (bob.rules[0]!.processGroup = 'joe:1'));
    expect(only(validate(model), 'GROUP_OF_ANOTHER_TENANT')).toMatchObject([
      { severity: 'error', path: '/directories/dir-bob/rules/0/processGroup' },
    ]);
    expect(only(validateDirectory(model, 'dir-bob'), 'GROUP_OF_ANOTHER_TENANT')).toHaveLength(1);
  });

  it('an admin’s <Directory> SetEnv naming joe’s group is only a warning', () => {
    const model = unrestrictedBob((bob) => (bob.env = { PROCESS_GROUP: 'joe:1' }));
    expect(only(validate(model), 'GROUP_OF_ANOTHER_TENANT')).toMatchObject([
      { severity: 'warning', path: '/directories/dir-bob/env/PROCESS_GROUP' },
    ]);
  });

  it('the tenant’s own group and a group of no tenant are fine', () => {
    const own = unrestrictedBob((bob) => (bob.rules[0]!.processGroup = 'bob:3'));
    expect(only(validate(own), 'GROUP_OF_ANOTHER_TENANT')).toEqual([]);
    const shared = unrestrictedBob((bob) => (bob.rules[0]!.processGroup = 'default'));
    expect(only(validate(shared), 'GROUP_OF_ANOTHER_TENANT')).toEqual([]);
  });

  it('with a restriction list the same choice is GROUP_NOT_IN_RESTRICT_LIST instead', () => {
    const model = seedRestrictProcess();
    model.directories.find((d) => d.id === 'dir-bob')!.rules[0]!.processGroup = 'joe:1';
    const codes = validate(model).map((d) => d.code);
    expect(codes).toContain('GROUP_NOT_IN_RESTRICT_LIST');
    expect(codes).not.toContain('GROUP_OF_ANOTHER_TENANT');
  });
});
