import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { asciiLower } from '../wsgi/restrict-list.js';
import { envSelector, expandedGroupName, parseProcessGroup } from './group-reference.js';

// Values built from the pieces that matter: the selector prefix, the default variable (whole, cut, other case),
// %{GLOBAL}, braces and plain group-name characters.
const value = fc
  .array(
    fc.constantFrom(
      '%{ENV:',
      'PROCESS_GROUP',
      'PROCESS_GROUP}',
      'process_group',
      'PROCESS_',
      '%{GLOBAL}',
      '%',
      '{',
      '}',
      'bob:1',
      ' ',
      '',
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(''));

describe('WSGIProcessGroup values read without the parse result', () => {
  it('envSelector is the folded variable of an env-form parse, else null', () => {
    fc.assert(
      fc.property(fc.oneof(value, fc.string()), (v) => {
        const parsed = parseProcessGroup(v);
        expect(envSelector(v)).toBe(parsed.form === 'env' ? asciiLower(parsed.variable) : null);
      }),
      { numRuns: 5000 },
    );
  });

  it('expandedGroupName is "" for global, the name for a literal, else null', () => {
    fc.assert(
      fc.property(fc.oneof(value, fc.string()), (v) => {
        const parsed = parseProcessGroup(v);
        const expanded = parsed.form === 'global' ? '' : parsed.form === 'literal' ? parsed.name : null;
        expect(expandedGroupName(v)).toBe(expanded);
      }),
      { numRuns: 5000 },
    );
  });

  it('envSelector(null) is null', () => {
    expect(envSelector(null)).toBeNull();
  });
});
