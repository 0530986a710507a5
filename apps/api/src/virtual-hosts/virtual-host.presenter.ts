import type { VirtualHost as VirtualHostRow } from '#db';
import { virtualHostFromRow } from '../model-store/mappers/virtual-host.mapper.js';
import type { VirtualHostDto } from './virtual-host.dto.js';

export function presentVirtualHost(row: VirtualHostRow): VirtualHostDto {
  return {
    ...virtualHostFromRow(row),
    serverId: row.serverId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
