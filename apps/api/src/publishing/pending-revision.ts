import type { ServerModel } from '#apache';
import type { Principal } from '../auth/principal.js';
import type { ApiDiagnostic } from '../platform/errors/diagnostic.js';
import type { ApplyRequest } from './applier/applier.port.js';
import { changeKind } from './change-kind.js';
import type { PublicationHead, PublicationRow } from './publication.repository.js';
import type { PublishTimer } from './publish-timer.js';
import type { RevisionTransaction } from './revision-transaction.repository.js';
import { manifestOf, toManifest, type ManifestEntry, type StoredFile } from './stored-file.js';

/** What a publish or a rollback wants live: rendered (or earlier) files and why. */
export interface RevisionToStore {
  files: StoredFile[];
  digest: string;
  diagnostics: ApiDiagnostic[];
  reason: string | null;
  rollbackOf: PublicationRow | null;
  /** Steps so far; the record adds its own and writes the line into the stored log. */
  timer: PublishTimer;
}

/** After transaction 1: the revision stored as pending with what its apply needs, or nothing to do. */
export type PendingRevision =
  | { kind: 'unchanged'; row: PublicationHead; manifest: ManifestEntry[] }
  | {
      kind: 'pending';
      row: PublicationHead;
      model: ServerModel;
      revision: RevisionToStore;
      current: PublicationRow | null;
      manifest: ManifestEntry[];
      request: ApplyRequest;
    };

/**
 * Transaction 1's write: the next gapless revision, stored as pending with its blobs, or `unchanged` when
 * the newest live-or-pending revision has the same digest (unless forced).
 */
export async function storePendingRevision(
  tx: RevisionTransaction,
  principal: Principal,
  model: ServerModel,
  revision: RevisionToStore,
  force: boolean,
): Promise<PendingRevision> {
  const serverId = model.id;
  const current = await tx.findCurrent(serverId);
  const parentManifest = current === null ? [] : manifestOf(current.manifest);
  if (current !== null && current.digest === revision.digest && !force)
    return { kind: 'unchanged', row: current, manifest: parentManifest };
  // The newest live-or-pending revision, when live, is the newest live one: no second 20,000-entry read.
  const live = current?.status === 'live' ? current : await tx.findLive(serverId);
  const number = await tx.nextRevisionNumber(serverId);
  revision.timer.mark('history');
  const manifest = toManifest(revision.files);
  // The parent's blobs are stored already: a one-rule change inserts one blob, not the whole revision.
  const row = await tx.storePending(
    {
      serverId,
      revision: number,
      parentId: current?.id ?? null,
      digest: revision.digest,
      manifest,
      diagnostics: revision.diagnostics,
      kind: changeKind(parentManifest, revision.files),
      reason: revision.reason,
      rollbackOfId: revision.rollbackOf?.id ?? null,
      actorUserId: principal.userId,
      credentialId: principal.credentialId,
    },
    revision.files,
    new Set(parentManifest.map((f) => f.sha256)),
  );
  revision.timer.mark('store');
  return {
    kind: 'pending',
    row,
    model,
    revision,
    current,
    manifest,
    request: {
      serverId,
      revision: number,
      configDir: model.configDir,
      files: revision.files,
      previousFiles:
        live === null ? [] : live.id === current?.id ? parentManifest : manifestOf(live.manifest),
      digests: { files: revision.digest, ...(live === null ? {} : { previousFiles: live.digest }) },
      force,
      ...(model.pythonVersion != null ? { pythonVersion: model.pythonVersion } : {}),
    },
  };
}
