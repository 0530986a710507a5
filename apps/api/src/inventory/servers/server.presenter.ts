import { serverSettingsFromRow } from '../../model-store/mappers/server.mapper.js';
import type { ServerRow } from '../../platform/database/rows.js';
import type { ServerDto } from './server.dto.js';

export function presentServer(row: ServerRow): ServerDto {
  const settings = serverSettingsFromRow(row);
  return {
    ...settings,
    pythonVersion: row.pythonVersion,
    platform: row.platform === 'windows' ? 'windows' : 'linux',
    restrictProcess: settings.restrictProcess ?? null,
    processGroup: row.processGroup,
    modelRevision: row.modelRevision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
