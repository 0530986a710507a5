import type { Diagnostic } from '#apache';
import { AppError } from '../platform/errors/app-error.js';

/**
 * The 422 for a write the engine refuses. `errors` carries the blocking diagnostics (api-v1.md); the
 * security lint's warnings travel alongside in `warnings` so a client sees the whole picture at once.
 */
export function modelInvalidError(diagnostics: readonly Diagnostic[]): AppError {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const first = errors[0];
  const summary = first === undefined ? '' : ` First: ${first.path}: ${first.message}`;
  return new AppError(
    'MODEL_INVALID',
    `The change would make the server's Apache configuration invalid (${errors.length} error(s)).${summary}`,
    { diagnostics: errors, extensions: { warnings } },
  );
}
