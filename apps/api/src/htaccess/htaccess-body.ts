import { parseHtaccess, type HtaccessRule, type OverrideClass } from '#apache';
import { AppError } from '../platform/errors/app-error.js';
import { validationProblem } from '../platform/http/validation/validation-problem.js';
import { htaccessUpdateSchema } from './htaccess.dto.js';

export interface HtaccessParseContext {
  allowOverride: readonly OverrideClass[];
  /** The variable the directory's WSGIProcessGroup %{ENV:…} reads; undefined = PROCESS_GROUP. */
  variable: string | undefined;
}

/**
 * A PUT body is either the JSON document (already a string-free object here) or the raw file as text.
 * The text goes through the engine's parser with the directory's AllowOverride: whatever Hostplane cannot
 * model is refused with its line number (422), never dropped.
 */
export function rulesFromBody(body: unknown, context: HtaccessParseContext): HtaccessRule[] {
  if (typeof body === 'string') {
    const { rules, diagnostics } = parseHtaccess(body, {
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
  const parsed = htaccessUpdateSchema.safeParse(body);
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
