import type { Prisma, Tenant as TenantRow } from '#db';
import type { Tenant } from '#apache';

export function tenantFromRow(row: TenantRow): Tenant {
  return { id: row.id, name: row.name, unixUser: row.unixUser, unixGroup: row.unixGroup };
}

export function tenantToRow(tenant: Tenant): Prisma.TenantUncheckedCreateInput {
  return { id: tenant.id, name: tenant.name, unixUser: tenant.unixUser, unixGroup: tenant.unixGroup };
}
