import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import type { ApiDiagnostic } from '../platform/errors/diagnostic.js';
import { applyFailureDiagnostic } from './apply-failure-diagnostic.js';
import {
  APPLIER,
  HandEditedFilesError,
  UnsafeTenantDirectoryError,
  type Applier,
  type ApplyReport,
} from './applier/applier.port.js';
import type { PendingRevision } from './pending-revision.js';
import { PublicationReconciler } from './publication-reconciler.service.js';
import type { PublicationHead } from './publication.repository.js';
import { handEditedError, unsafeDirectoryError } from './publish-errors.js';
import { ReloadReasonService } from './reload-reason.service.js';
import { RevisionStore } from './revision-store.repository.js';
import type { RevisionTransaction } from './revision-transaction.repository.js';
import { manifestOf, type ManifestEntry } from './stored-file.js';

/** A revision after its apply: recorded with the applier's report, or unchanged (nothing was applied). */
export type RecordedRevision =
  | { kind: 'unchanged'; row: PublicationHead; manifest: ManifestEntry[] }
  | {
      kind: 'recorded';
      row: PublicationHead;
      manifest: ManifestEntry[];
      report: ApplyReport;
      failureDiagnostics: ApiDiagnostic[];
      /** Why it needs a graceful reload against its parent, or why not (ReloadReasonService). */
      reloadReason: string | null;
    };

type Pending = Extract<PendingRevision, { kind: 'pending' }>;

/**
 * The second half of a publish or rollback, under the publish lock: the apply outside any transaction (so
 * no database timeout can abort the bookkeeping while the files go live), then transaction 2 with its
 * outcome. A refusal before anything went live (hand edits, an unsafe tenant directory) drops the pending
 * row instead, so nothing stays stored.
 */
@Injectable()
export class ApplyAndRecord {
  constructor(
    @Inject(APPLIER) private readonly applier: Applier,
    private readonly revisions: RevisionStore,
    private readonly reconciler: PublicationReconciler,
    private readonly reloads: ReloadReasonService,
  ) {}

  async run(principal: Principal, stored: PendingRevision): Promise<RecordedRevision> {
    if (stored.kind === 'unchanged') return stored;
    // Read while the web server applies (configtest, reload). A courtesy text never fails a publish.
    const parent = stored.current === null ? [] : manifestOf(stored.current.manifest);
    const reason = this.reloads.explain(parent, stored.revision.files).catch(() => null);
    const report = await this.apply(stored);
    stored.revision.timer.mark('apply');
    const failureDiagnostics =
      report.failure === null ? [] : [applyFailureDiagnostic(report.failure, stored.model)];
    const row = await this.revisions.publishTransaction((tx) =>
      record(tx, principal, stored, report, failureDiagnostics),
    );
    const reloadReason = await reason;
    return { kind: 'recorded', row, manifest: stored.manifest, report, failureDiagnostics, reloadReason };
  }

  private async apply(stored: Pending): Promise<ApplyReport> {
    const { request, model, row } = stored;
    try {
      return await this.applier.apply(request);
    } catch (error) {
      if (error instanceof HandEditedFilesError || error instanceof UnsafeTenantDirectoryError) {
        // Refused before anything went live: the revision number is given back, nothing stays stored.
        await this.revisions.publishTransaction((tx) => tx.dropPending(row.id));
        if (error instanceof HandEditedFilesError) throw handEditedError(error.findings);
        throw unsafeDirectoryError(error, model.directories);
      }
      // Unknown outcome: libs/deploy's journal and disk record decide, now rather than at the next publish.
      await this.reconciler.settle(request.serverId).catch(() => undefined);
      throw error;
    }
  }
}

/** Transaction 2: the outcome, the revisions it supersedes and the audit event, together. */
async function record(
  tx: RevisionTransaction,
  principal: Principal,
  stored: Pending,
  report: ApplyReport,
  failureDiagnostics: ApiDiagnostic[],
): Promise<PublicationHead> {
  const { revision, current, request, row } = stored;
  const serverId = request.serverId;
  const finished = await tx.finish(row.id, {
    status: report.status,
    diagnostics: [...revision.diagnostics, ...failureDiagnostics],
    log: `${report.log}\n${revision.timer.line()}`,
    failure:
      report.failure === null
        ? null
        : { step: report.failure.step, message: report.failure.message, output: report.failure.output },
    appliedAt: report.status === 'live' ? new Date() : null,
  });
  if (report.status === 'live') await tx.supersedeAround(serverId, finished);
  if (report.status === 'pending') await tx.supersedeOlderPending(serverId, request.revision);
  await tx.audit({
    principal,
    action: revision.rollbackOf === null ? 'publication.create' : 'publication.rollback',
    targetType: 'publication',
    targetId: finished.id,
    serverId,
    before:
      current === null ? undefined : { id: current.id, revision: current.revision, digest: current.digest },
    after: {
      revision: finished.revision,
      status: finished.status,
      digest: finished.digest,
      kind: finished.kind,
      reason: finished.reason,
      rollbackOfId: finished.rollbackOfId,
      changedPaths: report.changedPaths,
      deletedPaths: report.deletedPaths,
    },
  });
  return finished;
}
