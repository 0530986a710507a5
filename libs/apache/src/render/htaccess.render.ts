import { DEFAULT_PROCESS_GROUP_VARIABLE, type HtaccessRule } from '../model/server-model.js';
import { checkedText } from './config-writer.js';
import { GENERATED_HEADER } from './process-group-map.render.js';
import { quotedRegex, safeToken, UnsafeValueError, type SafeToken } from './safe-token.js';

/** The header lines and the blank line after them, as ConfigWriter writes them. */
const HEADER_LINES = [...GENERATED_HEADER.map((text) => `# ${text}`), ''];

/**
 * A tenant's .htaccess: one `<Files name>` or `<FilesMatch "regex">` block per rule, each holding a single
 * `SetEnv <variable> <group>`. Rule order is kept: later blocks win for the same file (spec §6.1).
 *
 * The lines are exactly what ConfigWriter would write for these blocks (blocks separated by one blank line,
 * none at the end), built directly because a big server has hundreds of thousands of rules; every value is
 * still a SafeToken and every line is re-checked by the same checkedText().
 */
export function renderHtaccess(rules: readonly HtaccessRule[]): string {
  const lines = [...HEADER_LINES];
  let index = 0;
  // Built only if a value is refused.
  const where = (): string => `.htaccess rule ${index}`;
  for (; index < rules.length; index++) {
    const rule = rules[index] as HtaccessRule;
    const variable = safeToken(
      rule.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE,
      'env-name',
      where,
      'variable',
    );
    const group = safeToken(rule.processGroup, 'text', where, 'processGroup');
    const setEnv = `    SetEnv ${variable} ${group}`;
    if (rule.files !== undefined && rule.filesMatch === undefined) {
      const files: SafeToken = safeToken(rule.files, 'files-name', where, 'files');
      lines.push(`<Files ${files}>`, setEnv, '</Files>', '');
    } else if (rule.filesMatch !== undefined && rule.files === undefined) {
      const regex = quotedRegex(rule.filesMatch, where, 'filesMatch');
      lines.push(`<FilesMatch ${regex}>`, setEnv, '</FilesMatch>', '');
    } else {
      throw new UnsafeValueError(where(), JSON.stringify(rule), [
        'needs exactly one of files and filesMatch',
      ]);
    }
  }
  lines.pop();
  return checkedText(lines);
}
