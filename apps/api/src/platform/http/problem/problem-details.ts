import type { ApiDiagnostic } from '../../errors/diagnostic.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details, with the extension members this API uses. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** Diagnostics for validation failures (api-v1.md). */
  errors?: readonly ApiDiagnostic[];
  /** Only on unexpected 500s: the same id is in the error log line. */
  errorId?: string;
  requestId?: string;
  [extension: string]: unknown;
}

/** Problem types are URNs: stable identifiers that do not pretend to be dereferenceable pages. */
export function problemType(slug: string): string {
  return `urn:hostplane:problem:${slug}`;
}
