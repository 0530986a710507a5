import { tenantFromRow } from '../../model-store/mappers/tenant.mapper.js';
import type { TenantRow } from '../../platform/database/rows.js';
import type { TenantDto } from './tenant.dto.js';

export function presentTenant(row: TenantRow): TenantDto {
  return {
    ...tenantFromRow(row),
    homeDirectory: row.homeDirectory,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
