import type { Tenant } from '#apache';
import type { TenantColumns, TenantRow } from '../../platform/database/rows.js';

export function tenantFromRow(row: TenantRow): Tenant {
  return {
    id: row.id,
    name: row.name,
    unixUser: row.unixUser,
    unixGroup: row.unixGroup,
    homeDirectory: row.homeDirectory,
  };
}

export function tenantToRow(tenant: Tenant): TenantColumns {
  return {
    id: tenant.id,
    name: tenant.name,
    unixUser: tenant.unixUser,
    unixGroup: tenant.unixGroup,
    homeDirectory: tenant.homeDirectory ?? null,
  };
}
