import type { HtaccessRule } from '../engine.js';

/**
 * .htaccess blocks written by hand, for rules the validator would (rightly) refuse to render:
 * other tenants' groups, unknown names, embedded mode. They are lexically harmless, so a tenant with
 * FileInfo could write exactly these lines; the resolver must predict what Apache does with them.
 */
export function handWrittenHtaccess(rules: readonly HtaccessRule[]): string {
  return rules
    .map((rule) => {
      const variable = rule.variable ?? 'PROCESS_GROUP';
      if (rule.files !== undefined)
        return `<Files ${rule.files}>\nSetEnv ${variable} ${rule.processGroup}\n</Files>\n`;
      return `<FilesMatch "${rule.filesMatch ?? ''}">\nSetEnv ${variable} ${rule.processGroup}\n</FilesMatch>\n`;
    })
    .join('');
}
