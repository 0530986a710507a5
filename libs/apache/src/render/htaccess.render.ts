import { DEFAULT_PROCESS_GROUP_VARIABLE, type HtaccessRule } from '../model/server-model.js';
import { ConfigWriter } from './config-writer.js';
import { GENERATED_HEADER } from './process-group-map.render.js';
import { quotedRegex, safeToken, UnsafeValueError, type SafeToken } from './safe-token.js';

/**
 * A tenant's .htaccess: one `<Files name>` or `<FilesMatch "regex">` block per rule, each holding a single
 * `SetEnv <variable> <group>`. Rule order is kept: later blocks win for the same file (spec §6.1).
 */
export function renderHtaccess(rules: readonly HtaccessRule[]): string {
  const out = new ConfigWriter(GENERATED_HEADER);
  let variable: SafeToken = DEFAULT_PROCESS_GROUP_VARIABLE as SafeToken;
  let group: SafeToken = variable;
  const body = (): void => {
    out.directive('SetEnv', variable, group);
  };
  let index = 0;
  // Built only if a value is refused: a big server writes hundreds of thousands of rules.
  const where = (): string => `.htaccess rule ${index}`;
  for (; index < rules.length; index++) {
    const rule = rules[index] as HtaccessRule;
    variable = safeToken(rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE, 'env-name', where, 'variable');
    group = safeToken(rule.processGroup, 'text', where, 'processGroup');
    if (rule.files !== undefined && rule.filesMatch === undefined) {
      out.block('Files', [safeToken(rule.files, 'files-name', where, 'files')], body);
    } else if (rule.filesMatch !== undefined && rule.files === undefined) {
      out.block('FilesMatch', [quotedRegex(rule.filesMatch, where, 'filesMatch')], body);
    } else {
      throw new UnsafeValueError(where(), JSON.stringify(rule), [
        'needs exactly one of files and filesMatch',
      ]);
    }
    out.blank();
  }
  return out.toString();
}
