import type { Tenant } from '../engine.js';

/** The tenants' unix accounts. */
export const TENANT_USERS = ['bob', 'joe', 'amy'] as const;
/**
 * Owner of the global (tenant-less) daemon groups: an account of no tenant, since a group may run as a tenant's
 * unix user only if it belongs to that tenant (DAEMON_RUNS_AS_TENANT_USER).
 */
export const POOL_USER = 'wsgi';
/** Unix accounts the differential models may use; the harness creates them (ensureUnixUsers). */
export const UNIX_USERS = [...TENANT_USERS, POOL_USER] as const;

export const TENANTS: readonly Tenant[] = TENANT_USERS.map((name) => ({
  id: `t-${name}`,
  name,
  unixUser: name,
  unixGroup: name,
}));
