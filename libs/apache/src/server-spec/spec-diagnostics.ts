import type { Diagnostic } from '../model/diagnostic.js';

/** Model field names whose spec counterpart is named differently. */
const RENAMED: Readonly<Record<string, string>> = {
  rules: 'htaccess',
  virtualHostId: 'virtualHost',
  tenantId: 'tenant',
};

/**
 * The engine's diagnostics point into the model REST-style (`/directories/{id}/rules/0/processGroup`); a client that
 * sent a document needs them to point into that document (`/virtualHosts/0/directories/1/htaccess/0/processGroup`).
 * Objects the document does not list (kept ones) keep their REST path.
 */
export function pointIntoSpec(
  diagnostics: readonly Diagnostic[],
  pointers: ReadonlyMap<string, string>,
): Diagnostic[] {
  return diagnostics.map((diagnostic) => {
    const match = /^\/(daemon-groups|virtual-hosts|directories|tenants)\/([^/]+)(\/.*)?$/.exec(
      diagnostic.path,
    );
    if (match === null) return diagnostic;
    const pointer = pointers.get(match[2]!);
    if (pointer === undefined) return diagnostic;
    const rest = (match[3] ?? '').replace(
      /^\/([^/]+)/,
      (whole, field: string) => `/${RENAMED[field] ?? field}`,
    );
    return { ...diagnostic, path: `${pointer}${rest}` };
  });
}
