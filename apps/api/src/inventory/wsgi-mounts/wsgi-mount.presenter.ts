import { wsgiMountFromRow } from '../../model-store/mappers/wsgi-mount.mapper.js';
import type { WsgiMountRow } from '../../platform/database/rows.js';
import type { WsgiMountDto } from './wsgi-mount.dto.js';

export function presentWsgiMount(row: WsgiMountRow): WsgiMountDto {
  return {
    ...wsgiMountFromRow(row),
    serverId: row.serverId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
