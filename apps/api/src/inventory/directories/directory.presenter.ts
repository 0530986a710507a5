import { directoryFromRow } from '../../model-store/mappers/directory.mapper.js';
import type { DirectoryRow } from '../../platform/database/rows.js';
import type { DirectoryDto } from './directory.dto.js';

/** The directory's own settings; its .htaccess rules have their own document (GET …/htaccess). */
export function presentDirectory(row: DirectoryRow): DirectoryDto {
  const { rules: _rules, ...directory } = directoryFromRow(row, []);
  return {
    ...directory,
    serverId: row.serverId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
