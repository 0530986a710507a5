import type { DaemonGroup as DaemonGroupRow } from '#db';
import { daemonGroupFromRow } from '../../model-store/mappers/daemon-group.mapper.js';
import type { DaemonGroupDto } from './daemon-group.dto.js';

export function presentDaemonGroup(row: DaemonGroupRow): DaemonGroupDto {
  return {
    ...daemonGroupFromRow(row),
    serverId: row.serverId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
