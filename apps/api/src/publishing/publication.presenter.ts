import type { PublicationHead } from './publication.repository.js';
import type { ApiDiagnostic } from '../platform/errors/diagnostic.js';
import type { PublicationDto, PublicationSummary } from './publication.dto.js';
import type { ManifestEntry, StoredFile } from './stored-file.js';

type Kind = PublicationDto['kind'];

function base(row: PublicationHead): Omit<PublicationDto, 'files'> {
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

/** `files` are the row's manifest with contents (PublicationBlobRepository.withContent). */
export function presentPublication(row: PublicationHead, files: StoredFile[]): PublicationDto {
  return { ...base(row), files };
}

export function presentPublicationSummary(
  row: PublicationHead,
  manifest: ManifestEntry[],
): PublicationSummary {
  return { ...base(row), files: manifest };
}
