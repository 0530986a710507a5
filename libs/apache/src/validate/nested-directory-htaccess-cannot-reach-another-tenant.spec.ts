import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, ServerModel, VirtualHost } from '../model/server-model.js';
import { SEED_VHOST_ID, seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { buildModelIndex } from './model-index.js';
import { validate, validateDirectory } from './validate.js';

const BOB = '/home/bob/public_html';

function dir(model: ServerModel, id: string): Directory {
  return model.directories.find((d) => d.id === id)!;
}

function otherVhost(): VirtualHost {
  return {
    id: 'vh-other',
    serverName: 'www.other.com',
    serverAliases: [],
    addresses: ['*:80'],
    documentRoot: null,
    processGroup: '%{ENV:PROCESS_GROUP}',
    applicationGroup: null,
    env: { PROCESS_GROUP: 'default' },
    processGroupMap: null,
  };
}

/** A second directory of bob's, nested below his public_html. */
function bobSub(model: ServerModel, change: Partial<Directory> = {}): Directory {
  const sub: Directory = {
    ...structuredClone(dir(model, 'dir-bob')),
    id: 'dir-bob-sub',
    path: `${BOB}/sub`,
    rules: [],
    env: {},
    ...change,
  };
  model.directories.push(sub);
  return sub;
}

/** The seed's own diagnostics (a warning about the global default group), unrelated to nesting. */
const BASELINE = validate(seedRestrictProcess());

const key = (d: Diagnostic) => JSON.stringify(d);
const only = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

/** validateDirectory(model, id) reports exactly validate()'s diagnostics of `code` on that directory. */
function expectAgreement(model: ServerModel, id: string, code: string): Diagnostic[] {
  const whole = only(validate(model), code).filter((d) => d.path.startsWith(`/directories/${id}/`));
  const one = only(validateDirectory(model, id, buildModelIndex(model)), code);
  expect(one.map(key).sort()).toEqual(whole.map(key).sort());
  return one;
}

describe("a parent's .htaccess applies below it, so it must not reach another tenant (spec §6.1)", () => {
  it("joe's directory moved below bob's: every bob rule is refused, without naming joe", () => {
    const model = seedRestrictProcess();
    dir(model, 'dir-joe').path = `${BOB}/joe`;
    const found = expectAgreement(model, 'dir-bob', 'HTACCESS_REACHES_ANOTHER_TENANT');
    expect(found.map((d) => [d.severity, d.path])).toEqual([
      ['error', '/directories/dir-bob/rules/0'],
      ['error', '/directories/dir-bob/rules/1'],
    ]);
    for (const d of found) {
      expect(d.message).toContain('another tenant is nested below this one');
      expect(d.message.toLowerCase()).not.toContain('joe');
    }
    // joe's own rules are not blamed: his .htaccess does not reach up.
    expect(
      only(validate(model), 'HTACCESS_REACHES_ANOTHER_TENANT').every((d) => d.path.includes('dir-bob')),
    ).toBe(true);
  });

  it('the nesting counts across virtual hosts, since the .htaccess is one file on disk', () => {
    const model = seedRestrictProcess();
    model.virtualHosts.push(otherVhost());
    const joe = dir(model, 'dir-joe');
    joe.virtualHostId = 'vh-other';
    joe.path = `${BOB}/deep/er/joe`;
    expect(expectAgreement(model, 'dir-bob', 'HTACCESS_REACHES_ANOTHER_TENANT')).toHaveLength(2);
  });

  it('paths are compared after normalisation: trailing, repeated and "." segments', () => {
    const model = seedRestrictProcess();
    dir(model, 'dir-bob').path = `${BOB}/`;
    dir(model, 'dir-joe').path = `/home//bob/./public_html/joe/`;
    expect(expectAgreement(model, 'dir-bob', 'HTACCESS_REACHES_ANOTHER_TENANT')).toHaveLength(2);
  });

  it('a sibling whose name only starts with the same characters is not nested', () => {
    const model = seedRestrictProcess();
    dir(model, 'dir-joe').path = `${BOB}2`;
    expect(expectAgreement(model, 'dir-bob', 'HTACCESS_REACHES_ANOTHER_TENANT')).toEqual([]);
  });

  it('a parent without rules writes no .htaccess and is not refused', () => {
    const model = seedRestrictProcess();
    dir(model, 'dir-bob').rules = [];
    dir(model, 'dir-joe').path = `${BOB}/joe`;
    expect(only(validate(model), 'HTACCESS_REACHES_ANOTHER_TENANT')).toEqual([]);
  });

  it('the unnested seed reports nothing new', () => {
    expect(validate(seedRestrictProcess())).toEqual(BASELINE);
  });
});

describe("a parent's rules are checked against each nested directory of the same tenant", () => {
  const NESTED = 'RULE_REFUSED_IN_NESTED_DIRECTORY';

  it("a nested directory with a narrower restriction list warns about the parent's other groups", () => {
    const model = seedRestrictProcess();
    bobSub(model, { restrictProcess: ['bob:1', 'bob:2'] });
    const found = expectAgreement(model, 'dir-bob', NESTED);
    expect(found.map((d) => [d.severity, d.path])).toEqual([['warning', '/directories/dir-bob/rules/1']]);
    expect(found[0]!.message).toContain(`${BOB}/sub`);
    expect(found[0]!.message).toContain('GROUP_NOT_IN_RESTRICT_LIST');
  });

  it('a nested directory with the same list adds nothing', () => {
    const model = seedRestrictProcess();
    bobSub(model);
    expect(validate(model)).toEqual(BASELINE);
  });

  it('a nested directory whose WSGIProcessGroup is literal ignores the variable, so nothing is said', () => {
    const model = seedRestrictProcess();
    bobSub(model, { restrictProcess: ['bob:1'], processGroup: 'bob:1' });
    expect(only(validate(model), NESTED)).toEqual([]);
  });

  it("a nested directory in a vhost with another ServerName cannot see the parent's groups", () => {
    const model = seedRestrictProcess();
    model.virtualHosts.push(otherVhost());
    bobSub(model, { virtualHostId: 'vh-other', restrictProcess: null });
    const found = expectAgreement(model, 'dir-bob', NESTED);
    expect(found.map((d) => d.path)).toEqual([
      '/directories/dir-bob/rules/0',
      '/directories/dir-bob/rules/1',
    ]);
    expect(found.every((d) => d.message.includes('GROUP_NOT_VISIBLE'))).toBe(true);
  });

  it('a problem the parent already has is not reported again', () => {
    const model = seedRestrictProcess();
    bobSub(model, { restrictProcess: ['bob:1'] });
    dir(model, 'dir-bob').rules[0]!.processGroup = 'bob:9';
    expect(only(validate(model), NESTED).map((d) => d.path)).toEqual(['/directories/dir-bob/rules/1']);
  });
});

describe('the index finds nested directories without walking the server', () => {
  it('validateDirectory uses the sorted path index and sees a directory added after the parent', () => {
    const model = seedRestrictProcess();
    for (let i = 0; i < 500; i++) {
      model.directories.push({
        ...structuredClone(dir(model, 'dir-joe')),
        id: `dir-x${i}`,
        path: `/srv/x${i}`,
      });
    }
    dir(model, 'dir-joe').path = `${BOB}/joe`;
    const index = buildModelIndex(model);
    expect(index.directoriesByDiskPath.map((e) => e.key)).toEqual(
      [...index.directoriesByDiskPath.map((e) => e.key)].sort(),
    );
    expect(
      only(validateDirectory(model, 'dir-bob', index), 'HTACCESS_REACHES_ANOTHER_TENANT').map((d) => d.path),
    ).toEqual(['/directories/dir-bob/rules/0', '/directories/dir-bob/rules/1']);
    expect(SEED_VHOST_ID).toBe('vh-site');
  });
});
