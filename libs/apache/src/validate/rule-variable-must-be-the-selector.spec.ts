import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, ServerModel } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { validate, validateDirectory } from './validate.js';

function run(change: (bob: Directory, m: ServerModel) => void): { whole: Diagnostic[]; one: Diagnostic[] } {
  const model = seedRestrictProcess();
  change(
    model.directories.find((d) => d.id === 'dir-bob')!,
    model,
  );
  return { whole: validate(model), one: validateDirectory(model, 'dir-bob') };
}

const codes = (diagnostics: Diagnostic[], code: string) =>
  diagnostics.filter((d) => d.code === code).map((d) => [d.severity, d.path]);

describe('a rule may set only PROCESS_GROUP or the variable that selects the group here', () => {
  it('an arbitrary variable is refused: RULE_VARIABLE_NOT_SELECTOR at its variable, by both checks', () => {
    const { whole, one } = run((bob) => (bob.rules[1]!.variable = 'APP_GROUP'));
    const expected = [['error', '/directories/dir-bob/rules/1/variable']];
    expect(codes(whole, 'RULE_VARIABLE_NOT_SELECTOR')).toEqual(expected);
    expect(codes(one, 'RULE_VARIABLE_NOT_SELECTOR')).toEqual(expected);
    expect(codes(whole, 'RULE_HAS_NO_EFFECT')).toEqual([]);
  });

  it('PROCESS_GROUP in another case is accepted', () => {
    const { whole } = run((bob) => (bob.rules[0]!.variable = 'process_group'));
    expect(whole).toEqual(validate(seedRestrictProcess()));
  });

  it("the directory's own %{ENV:...} variable is accepted in any case, PROCESS_GROUP only warned", () => {
    const { whole, one } = run((bob) => {
      bob.processGroup = '%{ENV:APP_GROUP}';
      bob.rules[0]!.variable = 'app_group';
      bob.rules[1]!.variable = 'PROCESS_GROUP';
    });
    expect(codes(whole, 'RULE_VARIABLE_NOT_SELECTOR')).toEqual([]);
    expect(codes(whole, 'RULE_HAS_NO_EFFECT')).toEqual([
      ['warning', '/directories/dir-bob/rules/1/variable'],
    ]);
    expect(codes(one, 'RULE_HAS_NO_EFFECT')).toEqual(codes(whole, 'RULE_HAS_NO_EFFECT'));
  });

  it("the vhost's %{ENV:...} variable counts when the directory sets no WSGIProcessGroup", () => {
    const { whole } = run((bob, m) => {
      m.virtualHosts[0]!.processGroup = '%{ENV:SITE_GROUP}';
      m.virtualHosts[0]!.env = { SITE_GROUP: 'default' };
      bob.env = { SITE_GROUP: 'bob:1' };
      bob.rules.forEach((r) => (r.variable = 'SITE_GROUP'));
      bob.rules.push({ files: 'x.wsgi', variable: 'OTHER', processGroup: 'bob:1' });
    });
    expect(codes(whole, 'RULE_VARIABLE_NOT_SELECTOR')).toEqual([
      ['error', '/directories/dir-bob/rules/2/variable'],
    ]);
  });

  it('under a literal WSGIProcessGroup, only PROCESS_GROUP is allowed (and warned as having no effect)', () => {
    const { whole } = run((bob) => {
      bob.processGroup = 'bob:1';
      bob.rules[0]!.variable = 'X';
    });
    expect(codes(whole, 'RULE_VARIABLE_NOT_SELECTOR')).toEqual([
      ['error', '/directories/dir-bob/rules/0/variable'],
    ]);
    expect(codes(whole, 'RULE_HAS_NO_EFFECT')).toEqual([
      ['warning', '/directories/dir-bob/rules/1/variable'],
    ]);
  });
});
