import { hasErrors, type FactDiagnostic } from '#apache';
import { AppError } from '../platform/errors/app-error.js';
import { factAsDiagnostic } from '../fleet/reported-facts.js';

/**
 * 422 before anything is stored: the server's agent reports facts that make Apache refuse this
 * configuration (a missing unix user, a module not loaded, another Python X.Y). The facts may be a poll
 * old, so `force` publishes anyway and leaves the verdict to the configtest on the server.
 */
export function refusedByFacts(facts: readonly FactDiagnostic[]): AppError | null {
  if (!hasErrors(facts)) return null;
  const errors = facts.filter((d) => d.severity === 'error').map(factAsDiagnostic);
  const warnings = facts.filter((d) => d.severity === 'warning').map(factAsDiagnostic);
  const first = errors[0]!;
  return new AppError(
    'MODEL_INVALID',
    `The server's agent reports facts Apache would refuse this configuration over (${errors.length} error(s)). First: ${first.path}: ${first.message} Publish with {"force": true} to publish anyway.`,
    { diagnostics: errors, extensions: { warnings, source: 'agent-facts' } },
  );
}
