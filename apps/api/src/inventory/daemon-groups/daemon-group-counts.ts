import { checkDaemonOption, parseStrictInteger, type Diagnostic, type ModWsgiVersion } from '#apache';
import { modelInvalidError } from '../../model-store/model-invalid.error.js';

type Count = number | string | null;

/**
 * processes/threads as the model holds them (number | null). A string that is a plain integer is taken as
 * that number; anything else is refused with the engine's own diagnostic for the option, since the model
 * cannot carry it to validate().
 */
export function countsFromInput(
  groupId: string,
  version: ModWsgiVersion,
  input: { processes?: Count | undefined; threads?: Count | undefined },
): { processes?: number | null; threads?: number | null } {
  const out: { processes?: number | null; threads?: number | null } = {};
  const problems: Diagnostic[] = [];
  for (const field of ['processes', 'threads'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null || typeof value === 'number') {
      out[field] = value;
      continue;
    }
    const parsed = parseStrictInteger(value);
    if (parsed !== null) {
      out[field] = parsed;
      continue;
    }
    const problem = checkDaemonOption(field, value, version);
    problems.push({
      code: problem?.code ?? 'INVALID_OPTION_VALUE',
      severity: 'error',
      path: `/daemon-groups/${groupId}/${field}`,
      message: problem?.message ?? `${field} must be an integer`,
      ...(problem?.apacheMessage !== undefined ? { apacheMessage: problem.apacheMessage } : {}),
    });
  }
  if (problems.length > 0) throw modelInvalidError(problems);
  return out;
}
