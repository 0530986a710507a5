import type { Tenant } from '../engine.js';

/** Unix accounts the differential models may use; the harness creates them (ensureUnixUsers). */
export const TENANT_USERS = ['bob', 'joe', 'amy'] as const;
/** Owner of the global (tenant-less) daemon groups. */
export const POOL_USER = 'amy';

export const TENANTS: readonly Tenant[] = TENANT_USERS.map((name) => ({
  id: `t-${name}`,
  name,
  unixUser: name,
  unixGroup: name,
}));
