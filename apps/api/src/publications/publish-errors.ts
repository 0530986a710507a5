import type { PublicationHead } from './publication.repository.js';
import type { DriftFinding } from '#deploy';
import { AppError } from '../common/errors/app-error.js';
import type { ApiDiagnostic } from '../common/errors/diagnostic.js';
import { modelInvalidError } from '../model-store/model-invalid.error.js';

export function publishRefusedByValidation(diagnostics: readonly ApiDiagnostic[]): AppError {
  return modelInvalidError(diagnostics);
}

/** 409 listing the hand-edited files; nothing was stored or written. */
export function handEditedError(findings: readonly DriftFinding[]): AppError {
  const paths = findings.map((f) => f.target);
  return new AppError(
    'CONFLICT',
    `Files on the web server were changed by hand since the live revision: ${paths.join(', ')}. Publish with force to overwrite them.`,
    { extensions: { drift: findings, paths } },
  );
}

/**
 * The revision is stored (failed or rolled_back, for the record) and the live files are the previous ones.
 * Configtest refusals are the configuration's fault (422); a failed reload or probe is the server's (502).
 */
export function applyFailedError(
  row: PublicationHead,
  diagnostics: readonly ApiDiagnostic[],
  step: string,
): AppError {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const publication = { id: row.id, revision: row.revision, status: row.status };
  const first = errors[0]?.message ?? 'apply failed';
  if (step === 'configtest') {
    return new AppError('APACHE_REFUSED', `Revision ${row.revision} was not published. ${first}`, {
      diagnostics: errors,
      extensions: { publication },
    });
  }
  return new AppError('APPLY_FAILED', `Revision ${row.revision} did not go live. ${first}`, {
    diagnostics: errors,
    extensions: { publication },
  });
}
