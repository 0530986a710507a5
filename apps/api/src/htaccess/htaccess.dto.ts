import { z } from 'zod';
import { dto } from '../platform/http/validation/dto.js';

/**
 * Shapes only: what a value may contain (no newline, no quote, an existing group in the restriction
 * list…) is the engine's call, so every field reaches validateDirectory() and its injection checks.
 */
const text = z.string().max(1024);

export const htaccessRuleSchema = dto({
  files: text.optional().describe('A literal file name: <Files name>'),
  filesMatch: text.optional().describe('A regular expression: <FilesMatch "regex">'),
  variable: text.optional().describe('The variable SetEnv sets; default PROCESS_GROUP'),
  processGroup: text.describe('The daemon group to run the matching files in'),
})
  .refine((rule) => (rule.files === undefined) !== (rule.filesMatch === undefined), {
    message: 'set exactly one of files or filesMatch',
    path: ['files'],
  })
  .meta({ id: 'HtaccessRule' });

export type HtaccessRuleBody = z.infer<typeof htaccessRuleSchema>;

export const MAX_HTACCESS_RULES = 500;

export const htaccessUpdateSchema = dto({
  rules: z.array(htaccessRuleSchema).max(MAX_HTACCESS_RULES),
}).meta({ id: 'HtaccessUpdate' });

export type HtaccessUpdate = z.infer<typeof htaccessUpdateSchema>;

export const htaccessDocumentSchema = z
  .strictObject({
    rules: z.array(htaccessRuleSchema),
    allowedProcessGroups: z
      .array(z.string())
      .describe('The groups this directory may select ("%{GLOBAL}" only when the restriction list has it)'),
    etag: z.string().describe('Strong ETag of this document; send it back as If-Match'),
  })
  .meta({ id: 'HtaccessDocument' });

export type HtaccessDocument = z.infer<typeof htaccessDocumentSchema>;
