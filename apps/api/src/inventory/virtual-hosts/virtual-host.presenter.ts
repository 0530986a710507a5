import { virtualHostFromRow } from '../../model-store/mappers/virtual-host.mapper.js';
import type { VirtualHostRow } from '../../platform/database/rows.js';
import type { ProcessGroupMap } from '#apache';
import type { StoredProcessGroupMap, TenantVirtualHostDto, VirtualHostDto } from './virtual-host.dto.js';

export function presentVirtualHost(row: VirtualHostRow): VirtualHostDto {
  const vhost = virtualHostFromRow(row);
  return {
    ...vhost,
    processGroupMap: presentMap(vhost.processGroupMap),
    restrictProcess: vhost.restrictProcess ?? null,
    serverId: row.serverId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Field by field on purpose: a column added to the row must not reach tenants by default. */
export function presentVirtualHostToTenant(row: VirtualHostRow): TenantVirtualHostDto {
  return {
    id: row.id,
    serverId: row.serverId,
    serverName: row.serverName,
    serverAliases: [...row.serverAliases],
    addresses: [...row.addresses],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The model leaves a txt map's format out; the API always says it. */
function presentMap(map: ProcessGroupMap | null): StoredProcessGroupMap | null {
  return map === null ? null : { ...map, format: map.format ?? 'txt' };
}
