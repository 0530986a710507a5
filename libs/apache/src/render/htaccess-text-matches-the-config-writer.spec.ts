import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_PROCESS_GROUP_VARIABLE, type HtaccessRule } from '../model/server-model.js';
import { ConfigWriter } from './config-writer.js';
import { renderHtaccess } from './htaccess.render.js';
import { GENERATED_HEADER } from './process-group-map.render.js';
import { quotedRegex, safeToken, UnsafeValueError } from './safe-token.js';

/** The .htaccess as ConfigWriter blocks write it: what renderHtaccess builds directly, line for line. */
function throughConfigWriter(rules: readonly HtaccessRule[]): string {
  const out = new ConfigWriter(GENERATED_HEADER);
  rules.forEach((rule, index) => {
    const where = `.htaccess rule ${index}`;
    const variable = safeToken(
      rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE,
      'env-name',
      where,
      'variable',
    );
    const group = safeToken(rule.processGroup, 'text', where, 'processGroup');
    const body = () => void out.directive('SetEnv', variable, group);
    if (rule.files !== undefined && rule.filesMatch === undefined) {
      out.block('Files', [safeToken(rule.files, 'files-name', where, 'files')], body);
    } else if (rule.filesMatch !== undefined && rule.files === undefined) {
      out.block('FilesMatch', [quotedRegex(rule.filesMatch, where, 'filesMatch')], body);
    } else {
      throw new UnsafeValueError(where, JSON.stringify(rule), ['needs exactly one of files and filesMatch']);
    }
    out.blank();
  });
  return out.toString();
}

function outcome(render: () => string): string {
  try {
    return render();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

const value = fc.oneof(
  fc.constantFrom('app.wsgi', 'a-b_c.wsgi', '^app\\.wsgi$', 'bob:1', 'PROCESS_GROUP', 'pg', '..', '', 'a b'),
  fc.constantFrom('x\ny', 'x\\', '%{GLOBAL}', 'x'.repeat(5000), 'é.wsgi', '(', '"'),
  fc.string({ maxLength: 10 }),
);
const rule: fc.Arbitrary<HtaccessRule> = fc.record(
  { files: value, filesMatch: value, variable: value, processGroup: value },
  { requiredKeys: ['processGroup'] },
);

describe('renderHtaccess writes exactly what ConfigWriter blocks would', () => {
  it('for any rules: same text, or the same refusal', () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 6 }), (rules) => {
        expect(outcome(() => renderHtaccess(rules))).toBe(outcome(() => throughConfigWriter(rules)));
      }),
      { numRuns: 3000 },
    );
  });

  it('for no rules: the header alone', () => {
    expect(renderHtaccess([])).toBe(throughConfigWriter([]));
  });
});
