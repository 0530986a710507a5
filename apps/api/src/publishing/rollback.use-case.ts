import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { AppError } from '../platform/errors/app-error.js';
import type { ApiDiagnostic } from '../platform/errors/diagnostic.js';
import { ApplyAndRecord } from './apply-and-record.service.js';
import { modelBeforeLock, modelUnderLock } from './consistent-model.js';
import { OnePublishPerServer } from './one-publish-per-server.js';
import { storePendingRevision } from './pending-revision.js';
import type { RollbackBody } from './publication.dto.js';
import { PublicationReconciler } from './publication-reconciler.service.js';
import { publishOutcome, type PublishOutcome } from './publish-outcome.js';
import { PublishTimer } from './publish-timer.js';
import { publicationNotFound } from './publish-errors.js';
import { RevisionStore } from './revision-store.repository.js';
import { manifestOf } from './stored-file.js';

/**
 * POST /publications/{id}/rollback: publishes an earlier revision's exact files again, as a new revision
 * that says why, through the same lock, transactions and apply as a publish (PublishUseCase).
 */
@Injectable()
export class RollbackUseCase {
  constructor(
    private readonly models: ModelCache,
    private readonly exclusive: OnePublishPerServer,
    private readonly reconciler: PublicationReconciler,
    private readonly revisions: RevisionStore,
    private readonly applyAndRecord: ApplyAndRecord,
  ) {}

  async execute(principal: Principal, publicationId: string, body: RollbackBody): Promise<PublishOutcome> {
    const found = await this.revisions.findById(publicationId);
    if (found === null) throw publicationNotFound(publicationId);
    const timer = new PublishTimer();
    const early = await modelBeforeLock(this.models, found.serverId);
    return this.exclusive.run(found.serverId, async () => {
      await this.reconciler.settle(found.serverId);
      const stored = await this.revisions.publishTransaction(async (tx) => {
        // Re-read under the lock: an agent report may have changed its status meanwhile.
        const target = await tx.findById(publicationId);
        if (target === null) throw publicationNotFound(publicationId);
        if (target.status === 'failed' || target.status === 'rolled_back') {
          throw new AppError(
            'CONFLICT',
            `Revision ${target.revision} never went live (${target.status}); only a revision that Apache accepted can be restored.`,
          );
        }
        const { model } = await modelUnderLock(tx, this.models, target.serverId, early);
        const files = await tx.filesOf(manifestOf(target.manifest));
        timer.mark('lock+load');
        const warnings = (target.diagnostics as unknown as ApiDiagnostic[]).filter(
          (d) => d.severity === 'warning',
        );
        const revision = {
          files,
          digest: target.digest,
          diagnostics: warnings,
          reason: body.reason,
          rollbackOf: target,
          timer,
        };
        return storePendingRevision(tx, principal, model, revision, body.force === true);
      });
      return publishOutcome(await this.applyAndRecord.run(principal, stored));
    });
  }
}
