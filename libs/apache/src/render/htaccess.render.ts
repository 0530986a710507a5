import { DEFAULT_PROCESS_GROUP_VARIABLE, type HtaccessRule } from '../model/server-model.js';
import { ConfigWriter } from './config-writer.js';
import { GENERATED_HEADER } from './process-group-map.render.js';
import { quotedRegex, safeToken, UnsafeValueError } from './safe-token.js';

/**
 * A tenant's .htaccess: one `<Files name>` or `<FilesMatch "regex">` block per rule, each holding a single
 * `SetEnv <variable> <group>`. Rule order is kept: later blocks win for the same file (spec §6.1).
 */
export function renderHtaccess(rules: readonly HtaccessRule[]): string {
  const out = new ConfigWriter(GENERATED_HEADER);
  rules.forEach((rule, index) => {
    const where = `.htaccess rule ${index}`;
    const variable = safeToken(
      rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE,
      'env-name',
      `${where} variable`,
    );
    const group = safeToken(rule.processGroup, 'text', `${where} processGroup`);
    const body = (): void => {
      out.directive('SetEnv', variable, group);
    };
    if (rule.files !== undefined && rule.filesMatch === undefined) {
      out.block('Files', [safeToken(rule.files, 'files-name', `${where} files`)], body);
    } else if (rule.filesMatch !== undefined && rule.files === undefined) {
      out.block('FilesMatch', [quotedRegex(rule.filesMatch, `${where} filesMatch`)], body);
    } else {
      throw new UnsafeValueError(where, JSON.stringify(rule), ['needs exactly one of files and filesMatch']);
    }
    out.blank();
  });
  return out.toString();
}
