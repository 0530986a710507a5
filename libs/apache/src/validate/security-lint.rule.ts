import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory } from '../model/server-model.js';
import { GLOBAL_TOKEN } from '../wsgi/restrict-list.js';
import { restrictListAt } from '../wsgi/restrict-scope.js';
import { paths, warning } from './diagnostics.js';
import { effectiveProcessGroup } from './directories.rule.js';
import { envSelector } from './group-reference.js';
import type { ModelIndex } from './model-index.js';

function tenantCanSetEnv(directory: Directory): boolean {
  return directory.allowOverride.includes('FileInfo') || directory.allowOverride.includes('All');
}

/** Warnings about configurations Apache accepts but that weaken tenant isolation (spec §3, §4, §7, §8). */
export function lintDirectory(index: ModelIndex, directory: Directory): Diagnostic[] {
  const out: Diagnostic[] = [];
  lintDirectoryInto(out, index, directory);
  return out;
}

/** lintDirectory onto the caller's list: a big server's clean directories then allocate no array each. */
export function lintDirectoryInto(
  out: Diagnostic[],
  index: ModelIndex,
  directory: Directory,
  vhost = index.vhostsById.get(directory.virtualHostId),
): void {
  const writable = tenantCanSetEnv(directory);
  const list = directory.restrictProcess;
  // A vhost's or the server's list limits the tenant here too (spec §3); only the list's own entries are linted.
  const inForce = restrictListAt(index.model, vhost, list);
  if (writable && inForce === null) {
    out.push(
      warning(
        'UNRESTRICTED_TENANT_DIRECTORY',
        paths.directory(directory.id, 'restrictProcess'),
        'the tenant can set PROCESS_GROUP here but no WSGIRestrictProcess limits it to its own groups',
      ),
    );
  }
  if (directory.allowOverride.includes('AuthConfig') || directory.allowOverride.includes('All')) {
    out.push(
      warning(
        'AUTHCONFIG_OVERRIDE',
        paths.directory(directory.id, 'allowOverride'),
        'AuthConfig lets .htaccess use WSGIAccessScript, which runs tenant Python embedded as the Apache user',
      ),
    );
  }
  const tenant = index.tenantsById.get(directory.tenantId);
  const tokens = list ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const group = index.groupsByName.get(token);
    if (group === undefined || group.user === null || tenant === undefined || group.user === tenant.unixUser)
      continue;
    if (index.tenantsByUnixUser.has(group.user)) {
      out.push(
        warning(
          'RESTRICT_LIST_CROSSES_TENANTS',
          paths.directory(directory.id, `restrictProcess/${i}`),
          `${token} runs as ${group.user}, another tenant's unix user`,
        ),
      );
    }
  }
  if (!index.model.restrictEmbedded) {
    const effective = effectiveProcessGroup(directory, vhost, index.model.processGroup ?? null);
    // parseProcessGroup(effective).form === 'env', without its result object per directory.
    const envSelected = envSelector(effective) !== null;
    const listHasGlobal = inForce !== null && inForce.includes(GLOBAL_TOKEN);
    if (listHasGlobal || (writable && inForce === null && envSelected)) {
      out.push(
        warning(
          'EMBEDDED_MODE_REACHABLE',
          paths.server('restrictEmbedded'),
          `directory ${directory.path} can reach embedded mode (code running as ${index.model.apacheUser}); set WSGIRestrictEmbedded On`,
        ),
      );
    }
  }
}

export function lintDirectories(index: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  // An index loop: for-of allocates an iterator result per directory until optimized (see checkDaemonIdentity).
  const directories = index.model.directories;
  for (let i = 0; i < directories.length; i++) lintDirectoryInto(out, index, directories[i] as Directory);
  return out;
}
