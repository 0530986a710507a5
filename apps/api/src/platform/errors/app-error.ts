import type { ApiDiagnostic } from './diagnostic.js';

/**
 * Every failure the API reports on purpose has a code here; problem-for-app-error.ts maps each code to
 * HTTP in one exhaustive switch (Twenty's pattern), so adding a code without a mapping does not compile.
 */
export type AppErrorCode =
  | 'REQUEST_INVALID'
  | 'MODEL_INVALID'
  | 'INVALID_CREDENTIALS'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'NOT_READY'
  | 'TOO_MANY_REQUESTS'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'IDEMPOTENCY_KEY_IN_USE'
  | 'APACHE_REFUSED'
  | 'PREFLIGHT_REFUSED'
  | 'APPLY_FAILED'
  | 'PASSWORD_REJECTED';

export interface AppErrorOptions {
  readonly diagnostics?: readonly ApiDiagnostic[];
  /** Extra RFC 9457 extension members (e.g. a validation field tree). */
  readonly extensions?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

export class AppError extends Error {
  readonly diagnostics: readonly ApiDiagnostic[] | undefined;
  readonly extensions: Readonly<Record<string, unknown>> | undefined;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.diagnostics = options.diagnostics;
    this.extensions = options.extensions;
  }
}
