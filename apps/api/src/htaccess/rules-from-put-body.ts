import { parseHtaccess, type HtaccessRule, type OverrideClass } from '#apache';
import { AppError } from '../platform/errors/app-error.js';
import { validationProblem } from '../platform/http/validation/validation-problem.js';
import type { HtaccessPutBody } from './put-body-media-type.js';
import { htaccessUpdateSchema } from './htaccess.dto.js';

/** The directory settings the text parser reads. */
export interface HtaccessParseContext {
  allowOverride: readonly OverrideClass[];
  /** The variable the directory's WSGIProcessGroup %{ENV:…} reads; undefined = PROCESS_GROUP. */
  variable: string | undefined;
}

/**
 * The rules a PUT body holds, read once per write. The text goes through the engine's parser with the
 * directory's AllowOverride: whatever Hostplane cannot model is refused with its line number (422), never
 * dropped; a JSON document that does not fit the schema is a 400.
 */
export function rulesFromPutBody(body: HtaccessPutBody, context: HtaccessParseContext): HtaccessRule[] {
  if (body.mediaType === 'text') {
    const { rules, diagnostics } = parseHtaccess(body.text, {
      allowOverride: context.allowOverride,
      ...(context.variable !== undefined ? { variable: context.variable } : {}),
    });
    if (diagnostics.length > 0) {
      throw new AppError('MODEL_INVALID', 'The .htaccess contains lines Hostplane cannot accept', {
        diagnostics,
      });
    }
    return rules;
  }
  const parsed = htaccessUpdateSchema.safeParse(body.document);
  if (!parsed.success) throw validationProblem(parsed.error.issues);
  return parsed.data.rules.map(toEngineRule);
}

function toEngineRule(rule: {
  files?: string | undefined;
  filesMatch?: string | undefined;
  variable?: string | undefined;
  processGroup: string;
}): HtaccessRule {
  return {
    ...(rule.files !== undefined ? { files: rule.files } : {}),
    ...(rule.filesMatch !== undefined ? { filesMatch: rule.filesMatch } : {}),
    ...(rule.variable !== undefined ? { variable: rule.variable } : {}),
    processGroup: rule.processGroup,
  };
}
