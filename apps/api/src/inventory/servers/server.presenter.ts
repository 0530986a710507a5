import { serverSettingsFromRow } from '../../model-store/mappers/server.mapper.js';
import type { ServerRow } from '../../platform/database/rows.js';
import type { ServerDto } from './server.dto.js';

export function presentServer(row: ServerRow): ServerDto {
  return {
    ...serverSettingsFromRow(row),
    pythonVersion: row.pythonVersion,
    modelRevision: row.modelRevision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
