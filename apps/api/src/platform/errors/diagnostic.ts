/** The diagnostic shape of api-v1.md, shared by request validation and (later) the Apache engine. */
export interface ApiDiagnostic {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** JSON Pointer into the request or model, e.g. "/rules/0/processGroup". */
  readonly path: string;
  readonly message: string;
  readonly apacheMessage?: string;
}
