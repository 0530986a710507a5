import type { HtaccessRule } from '#apache';
import type { TenantScope } from '../auth/tenant-scope.js';
import { AppError } from '../platform/errors/app-error.js';
import type { ApiDiagnostic } from '../platform/errors/diagnostic.js';

/**
 * What a refused .htaccess write may tell its tenant about: his directory, the rules he sent and the
 * groups he may choose. The write fills it in as it learns it (a refusal may come before the body is read).
 */
export interface RefusalScope {
  readonly directoryId: string;
  rules?: readonly HtaccessRule[];
  /** Lazy: only a refusal pays for it. */
  allowed?: () => readonly string[];
}

/**
 * Own-directory diagnostics a tenant may read: they explain why his file cannot work and are built from
 * his directory's own settings only. Everything else about the directory (its restriction list, the
 * security lint) is the admin's business and can name other tenants (RESTRICT_LIST_CROSSES_TENANTS).
 */
const OWN_DIRECTORY_CODES: ReadonlySet<string> = new Set([
  'HTACCESS_NOT_READ',
  'OVERRIDE_NOT_ALLOWED',
  'HTACCESS_PATH_CONFLICT',
]);

/** The .htaccess parser's diagnostics name lines of the caller's own text. */
const OWN_TEXT_PREFIX = '/htaccess/lines/';

/**
 * The engine is precise for admins: UNKNOWN_GROUP vs GROUP_NOT_IN_RESTRICT_LIST vs GROUP_NOT_VISIBLE vs a
 * case mismatch naming the real spelling. Told to a tenant, one rule per request, that is an oracle over
 * every daemon group on the server (exists? where? whose?). So for a non-admin caller a refused write says
 * only what he sent and what he may choose: every erroneous processGroup becomes one GROUP_NOT_ALLOWED,
 * and anything not about his own rules or text is dropped. Admins keep the engine's diagnostics.
 */
export function refusalForCaller(caller: TenantScope, error: unknown, scope: RefusalScope): unknown {
  if (caller.kind === 'admin' || !(error instanceof AppError) || error.code !== 'MODEL_INVALID') {
    return error;
  }
  const warnings = error.extensions?.['warnings'];
  const view = new TenantView(scope);
  const allErrors = error.diagnostics ?? [];
  const allWarnings = Array.isArray(warnings) ? (warnings as ApiDiagnostic[]) : [];
  const errors = view.errors(allErrors);
  const visibleWarnings = view.warnings(allWarnings);
  // Nothing to hide (e.g. the parser's line diagnostics): the refusal stays exactly as it was.
  if (sameItems(errors, allErrors) && sameItems(visibleWarnings, allWarnings)) return error;
  return new AppError('MODEL_INVALID', summary(errors), {
    diagnostics: errors,
    extensions: { warnings: visibleWarnings },
  });
}

class TenantView {
  private readonly rulePrefix: string;
  private readonly groupPath: RegExp;

  constructor(private readonly scope: RefusalScope) {
    this.rulePrefix = `/directories/${scope.directoryId}/rules/`;
    this.groupPath = new RegExp(`^${escapeRegExp(this.rulePrefix)}(\\d+)/processGroup$`);
  }

  errors(diagnostics: readonly ApiDiagnostic[]): ApiDiagnostic[] {
    const out: ApiDiagnostic[] = [];
    const groupPaths = new Set<string>();
    for (const d of diagnostics) {
      if (d.severity !== 'error') continue;
      const rule = this.groupPath.exec(d.path);
      if (rule !== null) {
        // One generic error per rule, whatever (and however many) codes the engine gave it.
        if (!groupPaths.has(d.path)) out.push(this.groupNotAllowed(d.path, Number(rule[1])));
        groupPaths.add(d.path);
      } else if (this.isOwn(d)) out.push(d);
    }
    return out;
  }

  /** A warning on a rule's processGroup is about an allowed choice (e.g. embedded mode reachable): dropped. */
  warnings(diagnostics: readonly ApiDiagnostic[]): ApiDiagnostic[] {
    return diagnostics.filter(
      (d) => d.severity === 'warning' && !this.groupPath.test(d.path) && this.isOwn(d),
    );
  }

  private isOwn(d: ApiDiagnostic): boolean {
    if (d.path.startsWith(this.rulePrefix) || d.path.startsWith(OWN_TEXT_PREFIX)) return true;
    return d.path.startsWith(`/directories/${this.scope.directoryId}/`) && OWN_DIRECTORY_CODES.has(d.code);
  }

  private groupNotAllowed(path: string, index: number): ApiDiagnostic {
    const input = this.scope.rules?.[index]?.processGroup ?? '';
    const allowed = this.scope.allowed?.() ?? [];
    return {
      code: 'GROUP_NOT_ALLOWED',
      severity: 'error',
      path,
      message: `'${input}' is not one of the groups this directory may use: ${allowed.length > 0 ? allowed.join(', ') : '(none)'}`,
      // mod_wsgi's own runtime text for a group outside WSGIRestrictProcess, with the caller's input only.
      apacheMessage: `Daemon process called '${input}' cannot be accessed by this WSGI application as not a member of allowed groups`,
    };
  }
}

function summary(errors: readonly ApiDiagnostic[]): string {
  const first = errors[0];
  if (first === undefined) {
    // The write is refused for reasons in the directory's own configuration, which is the admin's to fix.
    return 'The change was refused; the directory’s configuration does not accept it. Ask an administrator.';
  }
  return `The change would make the server's Apache configuration invalid (${errors.length} error(s)). First: ${first.path}: ${first.message}`;
}

function sameItems(a: readonly ApiDiagnostic[], b: readonly ApiDiagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
