import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { DaemonGroup, ServerModel } from '../model/server-model.js';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import { asciiLower } from '../wsgi/restrict-list.js';
import { namesFoldApart } from './group-names.rule.js';
import { htaccessDirectoryOf, htaccessFileOf } from './htaccess-file.js';
import { buildModelIndex, noFileIsShared } from './model-index.js';

// Few distinct texts, so names repeat exactly and by case only.
const groupName = fc.constantFrom('bob:1', 'BOB:1', 'Bob:1', 'bob:2', 'joe:1', 'é:1', 'É:1', '', 'a');
const pathPart = fc.constantFrom('', '.', '..', 'a', 'b', 'A', 'x.y');
const directoryPath = fc.array(pathPart, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`);

function withGroups(names: readonly string[]): ServerModel {
  const model = richSeed();
  const template = model.daemonGroups[0] as DaemonGroup;
  model.daemonGroups = names.map((name, i) => ({ ...template, id: `g${i}`, name }));
  return model;
}

function withDirectoryPaths(paths: readonly string[]): ServerModel {
  const model = richSeed();
  const template = model.directories[0]!;
  model.directories = paths.map((path, i) => ({ ...template, id: `d${i}`, path }));
  return model;
}

describe('the model index built without its eager maps', () => {
  it('keeps the first group of each exact name, in first-seen order', () => {
    fc.assert(
      fc.property(fc.array(groupName, { maxLength: 12 }), (names) => {
        const model = withGroups(names);
        const expected = new Map<string, DaemonGroup>();
        for (const g of model.daemonGroups) if (!expected.has(g.name)) expected.set(g.name, g);
        expect([...buildModelIndex(model).groupsByName]).toEqual([...expected]);
      }),
      { numRuns: 2000 },
    );
  });

  it('namesFoldApart only when every folded name has one group, and the lazy folded map is the full one', () => {
    fc.assert(
      fc.property(fc.array(groupName, { maxLength: 8 }), (names) => {
        const model = withGroups(names);
        const index = buildModelIndex(model);
        const expected = new Map<string, DaemonGroup[]>();
        for (const g of model.daemonGroups) {
          const folded = asciiLower(g.name);
          expected.set(folded, [...(expected.get(folded) ?? []), g]);
        }
        expect([...index.groupsByFoldedName]).toEqual([...expected]);
        const everyOnce = [...expected.values()].every((groups) => groups.length === 1);
        if (namesFoldApart(index)) expect(everyOnce).toBe(true);
        // Names without capitals fold to themselves: then the shortcut is also complete.
        if (names.every((n) => n === asciiLower(n))) expect(namesFoldApart(index)).toBe(everyOnce);
      }),
      { numRuns: 2000 },
    );
  });

  it('htaccessDirectoryOf is htaccessFileOf without ".htaccess"', () => {
    fc.assert(
      fc.property(directoryPath, (path) => {
        expect(`${htaccessDirectoryOf(path)}.htaccess`).toBe(htaccessFileOf(path));
      }),
      { numRuns: 2000 },
    );
  });

  it('noFileIsShared exactly when the lazy .htaccess map has one directory per file', () => {
    fc.assert(
      fc.property(fc.array(directoryPath, { maxLength: 8 }), (paths) => {
        const model = withDirectoryPaths(paths);
        const index = buildModelIndex(model);
        const expected = new Map<string, string[]>();
        for (const d of model.directories) {
          const file = htaccessFileOf(d.path);
          expected.set(file, [...(expected.get(file) ?? []), d.id]);
        }
        expect([...index.directoriesByHtaccessFile]).toEqual([...expected]);
        const oneEach = [...expected.values()].every((ids) => ids.length === 1);
        expect(noFileIsShared(index.directoriesByDiskPath)).toBe(oneEach);
      }),
      { numRuns: 2000 },
    );
  });

  it('noFileIsShared only when no two directories of one vhost have paths equal but for trailing slashes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('vh-a', 'vh-b'), directoryPath, fc.constantFrom('', '/', '//')), {
          maxLength: 8,
        }),
        (records) => {
          const model = withDirectoryPaths(records.map(([, path, slashes]) => `${path}${slashes}`));
          model.directories.forEach((d, i) => (d.virtualHostId = records[i]![0]));
          const keys = model.directories.map((d) => `${d.virtualHostId}\u0000${d.path.replace(/\/+$/, '')}`);
          const duplicates = new Set(keys).size < keys.length;
          if (noFileIsShared(buildModelIndex(model).directoriesByDiskPath)) expect(duplicates).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a spread copy of the index carries the lazily built maps', () => {
    const model = withGroups(['bob:1', 'BOB:1']);
    const index = buildModelIndex(model);
    const copy = { ...index, model: withGroups([]) };
    expect(copy.groupsByFoldedName.get('bob:1')).toEqual(model.daemonGroups);
    expect(copy.directoriesByHtaccessFile).toEqual(index.directoriesByHtaccessFile);
  });
});
