import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { envReferenceVariable } from './group-reference.js';

const ENV_REF = /^%\{ENV:([^}]*)\}$/;

// Values built from the pieces that matter: the prefix (whole or cut), braces, newlines, plain characters.
const value = fc
  .array(fc.constantFrom('%{ENV:', '%{ENV', '%{', '%', '{', '}', 'ENV:', 'A', 'x_1', '\n', ' ', ''), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

describe('envReferenceVariable', () => {
  it('captures what /^%\\{ENV:([^}]*)\\}$/ captures', () => {
    fc.assert(
      fc.property(fc.oneof(value, fc.string()), (v) => {
        expect(envReferenceVariable(v)).toBe(ENV_REF.exec(v)?.[1] ?? null);
      }),
      { numRuns: 5000 },
    );
  });
});
