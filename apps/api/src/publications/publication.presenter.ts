import type { Publication } from '#db';
import type { ApiDiagnostic } from '../common/errors/diagnostic.js';
import type { PublicationDto, PublicationSummary } from './publication.dto.js';
import { storedFiles } from './stored-file.js';

type Kind = PublicationDto['kind'];

function base(row: Publication): Omit<PublicationDto, 'files'> {
  return {
    id: row.id,
    serverId: row.serverId,
    revision: row.revision,
    status: row.status,
    kind: row.kind as Kind,
    digest: row.digest,
    parentId: row.parentId,
    rollbackOfId: row.rollbackOfId,
    reason: row.reason,
    actorUserId: row.actorUserId,
    credentialId: row.credentialId,
    diagnostics: row.diagnostics as unknown as ApiDiagnostic[],
    failure: (row.failure ?? null) as PublicationDto['failure'],
    log: row.log,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt?.toISOString() ?? null,
  };
}

export function presentPublication(row: Publication): PublicationDto {
  return { ...base(row), files: storedFiles(row.files) };
}

export function presentPublicationSummary(row: Publication): PublicationSummary {
  return { ...base(row), files: storedFiles(row.files).map(({ path, sha256 }) => ({ path, sha256 })) };
}
