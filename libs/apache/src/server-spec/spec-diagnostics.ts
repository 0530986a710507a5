import type { Diagnostic } from '../model/diagnostic.js';

/** Model field names whose spec counterpart is named differently. */
const RENAMED: Readonly<Record<string, string>> = {
  rules: 'htaccess',
  virtualHostId: 'virtualHost',
  tenantId: 'tenant',
};

/**
 * The engine's diagnostics point into the model REST-style (`/directories/{id}/rules/0/processGroup`); a client that
 * sent a document needs them to point into that document (`/virtualHosts/0/directories/1/htaccess/0/processGroup`,
 * `/virtualHosts/0/wsgiMounts/1/processGroup`).
 * Objects the document does not list (kept ones) keep their REST path.
 */
export function pointIntoSpec(
  diagnostics: readonly Diagnostic[],
  pointers: ReadonlyMap<string, string>,
): Diagnostic[] {
  return diagnostics.map((diagnostic) => {
    const match = /^\/(daemon-groups|virtual-hosts|directories|wsgi-mounts|tenants)\/(.+)$/.exec(
      diagnostic.path,
    );
    if (match === null) return diagnostic;
    const found = objectAt(match[2]!, pointers);
    if (found === undefined) return diagnostic;
    const [pointer, tail] = found;
    const rest = tail.replace(/^\/([^/]+)/, (whole, field: string) => `/${RENAMED[field] ?? field}`);
    return { ...diagnostic, path: `${pointer}${rest}` };
  });
}

/**
 * The object an id-and-field path names, and the field part. The ids of objects a document adds hold its keys, which
 * may hold `/` (`new:dir:www.site.com:/home/bob`): the longest known id the path starts with wins.
 */
function objectAt(path: string, pointers: ReadonlyMap<string, string>): [string, string] | undefined {
  for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) {
    const pointer = pointers.get(path.slice(0, end));
    if (pointer !== undefined) return [pointer, path.slice(end)];
  }
  return undefined;
}
