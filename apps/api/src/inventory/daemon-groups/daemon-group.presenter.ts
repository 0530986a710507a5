import { daemonGroupFromRow } from '../../model-store/mappers/daemon-group.mapper.js';
import type { DaemonGroupRow } from '../../platform/database/rows.js';
import type { DaemonGroupDto } from './daemon-group.dto.js';

export function presentDaemonGroup(row: DaemonGroupRow): DaemonGroupDto {
  return {
    ...daemonGroupFromRow(row),
    serverId: row.serverId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
