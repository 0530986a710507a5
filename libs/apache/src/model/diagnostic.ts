export type Severity = 'error' | 'warning';

/**
 * One problem found in a server model.
 * `path` points into the model in REST shape: "/server/socketPrefix", "/daemon-groups/{id}/threads", "/daemon-groups/{id}/options/maximum-requests",
 * "/virtual-hosts/{id}/serverName", "/directories/{id}/rules/{index}/processGroup", "/tenants/{id}/unixUser".
 * `apacheMessage` is the exact text Apache or mod_wsgi prints for the same mistake (spec quotes), when one exists.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  path: string;
  message: string;
  apacheMessage?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
