import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Directory } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { buildModelIndex } from './model-index.js';
import { checkAllNestedDirectories, checkNestedDirectories } from './nested-directories.rule.js';

// Paths that nest, repeat, share a prefix without nesting (/a vs /ab) or normalise to each other.
const path = fc.constantFrom('/a', '/a/', '/a/b', '/a//b/.', '/ab', '/ab/c', '/a/b/c', '/b/../a/b', '/c');

describe('checkAllNestedDirectories', () => {
  it('gives what checking every directory gives, in model order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            path,
            fc.constantFrom('bob', 'joe'),
            fc.constantFrom('d1', 'd2', 'd3', 'd4'),
            fc.boolean(),
          ),
          {
            maxLength: 7,
          },
        ),
        (specs) => {
          const model = seedRestrictProcess();
          const templates = new Map(model.directories.map((d) => [d.tenantId, d]));
          model.directories = specs.map(([p, tenant, id, withRules]): Directory => {
            const template = structuredClone(templates.get(`tn-${tenant}`)!);
            return { ...template, id, path: p, rules: withRules ? template.rules : [] };
          });
          const index = buildModelIndex(model);
          const each = model.directories.flatMap((d) => checkNestedDirectories(index, d));
          expect(checkAllNestedDirectories(index)).toEqual(each);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
