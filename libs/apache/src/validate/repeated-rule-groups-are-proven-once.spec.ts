import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { htaccessRulesAreClean } from './clean-htaccess-rules.js';
import { isSilentEnvSelection } from './env-selection.js';
import { buildModelIndex } from './model-index.js';

// Groups bob may select, ones he may not (joe's, wrong case, unknown, embedded) and copies of the same text.
const group = fc.constantFrom(
  'bob:1',
  'bob:2',
  'bob:3',
  'joe:1',
  'BOB:1',
  'nobody',
  '%{GLOBAL}',
  '',
  'bob:1 ',
);

describe('htaccessRulesAreClean with repeated groups', () => {
  it('is clean exactly when every rule passes isSilentEnvSelection (distinct valid files, default variable)', () => {
    fc.assert(
      fc.property(fc.array(group, { maxLength: 24 }), (groups) => {
        const model = seedRestrictProcess();
        const directory = model.directories.find((d) => d.id === 'dir-bob')!;
        // Equal group texts as distinct string objects, as a parser would produce them.
        directory.rules = groups.map((g, i) => ({ files: `f${i}.wsgi`, processGroup: [...g].join('') }));
        const index = buildModelIndex(model);
        const vhost = index.vhostsById.get(directory.virtualHostId);
        const silent = directory.rules.every((r) =>
          isSilentEnvSelection(index, r.processGroup, vhost, directory, 'tenant'),
        );
        expect(htaccessRulesAreClean(index, directory, vhost, 'process_group')).toBe(silent);
      }),
      { numRuns: 2000 },
    );
  });
});
