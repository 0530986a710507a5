import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, ServerModel } from '../model/server-model.js';
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

const warningsOf = (diagnostics: Diagnostic[], code: string) =>
  diagnostics.filter((d) => d.code === code).map((d) => [d.severity, d.path]);
const errorsOf = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');

describe('rules Apache accepts but that do not do what they seem to (spec §3, §8; rules RP2, H2)', () => {
  it('an empty restriction list is legal but warned: EMPTY_RESTRICT_LIST', () => {
    const diagnostics = run((bob) => {
      bob.restrictProcess = [];
      bob.env = {};
      bob.rules = [];
    });
    expect(warningsOf(diagnostics, 'EMPTY_RESTRICT_LIST')).toEqual([
      ['warning', '/directories/dir-bob/restrictProcess'],
    ]);
  });

  it('no list at all (null) is not an empty list', () => {
    expect(
      warningsOf(
        run((bob) => (bob.restrictProcess = null)),
        'EMPTY_RESTRICT_LIST',
      ),
    ).toEqual([]);
  });

  it('a rule setting PROCESS_GROUP where WSGIProcessGroup reads another variable: RULE_HAS_NO_EFFECT', () => {
    const diagnostics = run((bob) => {
      bob.processGroup = '%{ENV:APP_GROUP}';
      bob.rules[0]!.variable = 'APP_GROUP';
    });
    expect(warningsOf(diagnostics, 'RULE_HAS_NO_EFFECT')).toEqual([
      ['warning', '/directories/dir-bob/rules/1/variable'],
    ]);
    expect(errorsOf(diagnostics)).toEqual([]);
  });

  it('every rule has no effect under a literal WSGIProcessGroup', () => {
    const diagnostics = run((bob) => (bob.processGroup = 'bob:1'));
    expect(warningsOf(diagnostics, 'RULE_HAS_NO_EFFECT')).toEqual([
      ['warning', '/directories/dir-bob/rules/0/variable'],
      ['warning', '/directories/dir-bob/rules/1/variable'],
    ]);
  });

  it('the selecting variable in another case still has an effect', () => {
    expect(
      warningsOf(
        run((bob) => (bob.rules[0]!.variable = 'process_group')),
        'RULE_HAS_NO_EFFECT',
      ),
    ).toEqual([]);
  });

  it('a second rule for the same file wins and the later one is warned: DUPLICATE_HTACCESS_RULE', () => {
    const diagnostics = run((bob) => bob.rules.push({ files: 'blog.wsgi', processGroup: 'bob:3' }));
    expect(warningsOf(diagnostics, 'DUPLICATE_HTACCESS_RULE')).toEqual([
      ['warning', '/directories/dir-bob/rules/2/files'],
    ]);
    expect(errorsOf(diagnostics)).toEqual([]);
  });

  it('the same name in <Files> and <FilesMatch> are different selectors', () => {
    const diagnostics = run((bob) => bob.rules.push({ filesMatch: 'blog.wsgi', processGroup: 'bob:3' }));
    expect(warningsOf(diagnostics, 'DUPLICATE_HTACCESS_RULE')).toEqual([]);
  });
});
