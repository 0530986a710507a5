import type { Diagnostic } from '../model/diagnostic.js';
import type { DaemonGroup, Tenant } from '../model/server-model.js';
import { isUnixName } from '../syntax/name-patterns.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { error, paths, warning } from './diagnostics.js';
import type { ModelIndex } from './model-index.js';

/** A module constant: a literal inside the function would be a new RegExp object per call. */
const ROOT_ID = /^#0+$/;

/** uid/gid 0 by name or by number (`#0`, `#00`). */
export function isRootIdentity(value: string): boolean {
  return value === 'root' || ROOT_ID.test(value);
}

type PathOf = (id: string, field: string) => string;

/** Pushes the problems of one user=/group= name; the path is built only when there is something to report. */
function checkName(
  out: Diagnostic[],
  value: string,
  pathOf: PathOf,
  id: string,
  field: string,
  what: 'user' | 'group',
): void {
  if (isUnixName(value) && !isRootIdentity(value)) return;
  out.push(...nameProblems(value, pathOf(id, field), what));
}

function nameProblems(value: string, path: string, what: 'user' | 'group'): Diagnostic[] {
  if (value === '') {
    return [
      error('INVALID_UNIX_NAME', path, `${what}= is empty`, `Invalid ${what} for WSGI daemon process.`),
    ];
  }
  if (isRootIdentity(value)) {
    return what === 'user'
      ? [
          error(
            'ROOT_DAEMON_USER',
            path,
            'daemon processes must never run as root',
            'WSGI process blocked from running as root.',
          ),
        ]
      : // mod_wsgi accepts group=root (spec §1.4), so only Hostplane refuses it.
        [error('ROOT_DAEMON_GROUP', path, 'daemon processes must never run with group root')];
  }
  if (isLexicallySafe(value) && !isUnixName(value)) {
    return [
      error(
        'INVALID_UNIX_NAME',
        path,
        `"${value}" is not a valid unix ${what} name (numeric #ids are not accepted)`,
      ),
    ];
  }
  return [];
}

function checkTenantGroup(out: Diagnostic[], group: DaemonGroup, tenant: Tenant): void {
  if (group.user === null) {
    out.push(
      error(
        'MISSING_DAEMON_USER',
        paths.group(group.id, 'user'),
        `tenant group must set user=${tenant.unixUser}`,
      ),
    );
  } else if (group.user !== tenant.unixUser) {
    out.push(
      error(
        'DAEMON_USER_NOT_TENANT_USER',
        paths.group(group.id, 'user'),
        `tenant group must run as ${tenant.unixUser}`,
      ),
    );
  }
  // Without group= the daemon's gid is Apache's Group (www-data), not the user's group (spec §1.5).
  if (group.group === null) {
    out.push(
      error(
        'MISSING_DAEMON_GROUP',
        paths.group(group.id, 'group'),
        `tenant group must set group=${tenant.unixGroup}`,
      ),
    );
  } else if (group.group !== tenant.unixGroup) {
    out.push(
      error(
        'DAEMON_GROUP_NOT_TENANT_GROUP',
        paths.group(group.id, 'group'),
        `tenant group must run with group ${tenant.unixGroup}`,
      ),
    );
  }
}

function checkGroupIdentity(out: Diagnostic[], index: ModelIndex, group: DaemonGroup): void {
  if (group.user !== null) checkName(out, group.user, paths.group, group.id, 'user', 'user');
  if (group.group !== null) checkName(out, group.group, paths.group, group.id, 'group', 'group');
  const tenant = group.tenantId === null ? undefined : index.tenantsById.get(group.tenantId);
  if (tenant !== undefined) checkTenantGroup(out, group, tenant);
  else if (group.user !== null && index.tenantsByUnixUser.has(group.user)) {
    // A tenant's group is held to its own user above; any other group running as a tenant's unix user
    // would let whoever can select it (an admin's SetEnv, a shared list, a tenant's rule) act as that tenant.
    out.push(
      error(
        'DAEMON_RUNS_AS_TENANT_USER',
        paths.group(group.id, 'user'),
        `${group.user} is a tenant's unix user; only that tenant's own groups may run as it`,
      ),
    );
  }
  const apacheUser = index.model.apacheUser;
  if (group.user === null && tenant === undefined) {
    out.push(
      warning(
        'DAEMON_WITHOUT_USER',
        paths.group(group.id, 'user'),
        `no user= set: the daemon runs as the Apache user ${apacheUser}`,
      ),
    );
  } else if (group.user === apacheUser) {
    out.push(
      warning(
        'DAEMON_RUNS_AS_APACHE_USER',
        paths.group(group.id, 'user'),
        `the daemon runs as the Apache user ${apacheUser}`,
      ),
    );
  }
}

function checkTenant(out: Diagnostic[], index: ModelIndex, tenant: Tenant): void {
  checkName(out, tenant.unixUser, paths.tenant, tenant.id, 'unixUser', 'user');
  checkName(out, tenant.unixGroup, paths.tenant, tenant.id, 'unixGroup', 'group');
  if (tenant.unixUser === index.model.apacheUser) {
    out.push(
      error(
        'TENANT_IS_APACHE_USER',
        paths.tenant(tenant.id, 'unixUser'),
        'a tenant cannot use the Apache user',
      ),
    );
  }
  if ((index.tenantsByUnixUser.get(tenant.unixUser)?.length ?? 0) > 1) {
    out.push(
      warning(
        'SHARED_TENANT_UNIX_USER',
        paths.tenant(tenant.id, 'unixUser'),
        'several tenants share this unix user',
      ),
    );
  }
}

/**
 * user=/group= of every daemon and the tenants' unix identities (spec §1.5, §7 rule 2). The checks push into
 * one list: a big server's 10^5 clean groups and tenants then allocate no array each.
 */
export function checkDaemonIdentity(index: ModelIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Index loops: a for-of over 10^4 items allocates an iterator result per item until the loop is optimized,
  // and validate() runs once per import.
  const { daemonGroups, tenants } = index.model;
  for (let i = 0; i < daemonGroups.length; i++)
    checkGroupIdentity(out, index, daemonGroups[i] as DaemonGroup);
  for (let i = 0; i < tenants.length; i++) checkTenant(out, index, tenants[i] as Tenant);
  return out;
}
