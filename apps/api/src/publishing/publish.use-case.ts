import { Injectable } from '@nestjs/common';
import { checkServerFacts } from '#apache';
import type { Principal } from '../auth/principal.js';
import { factAsDiagnostic, ReportedFacts } from '../fleet/reported-facts.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { ApplyAndRecord } from './apply-and-record.service.js';
import { modelBeforeLock, modelUnderLock } from './consistent-model.js';
import { refusedByFacts } from './facts-refusal.js';
import { OnePublishPerServer } from './one-publish-per-server.js';
import { storePendingRevision } from './pending-revision.js';
import type { PublishBody } from './publication.dto.js';
import { PublicationReconciler } from './publication-reconciler.service.js';
import { publishRefusedByValidation } from './publish-errors.js';
import { publishOutcome, type PublishOutcome } from './publish-outcome.js';
import { PublishTimer } from './publish-timer.js';
import { renderCandidate } from './render-candidate.js';
import { RenderMemo } from './render-memo.js';
import { RevisionStore } from './revision-store.repository.js';

/**
 * POST /servers/{id}/publications: publishing like a database commit, without holding a transaction open
 * across the apply. Under the server's publish lock (all replicas) for the whole publish:
 *   1. settle a revision an earlier, crashed publish left `pending` (PublicationReconciler);
 *   2. transaction 1: one consistent snapshot of the model is validated, rendered and stored as the next
 *      gapless revision, status `pending`;
 *   3. the apply and transaction 2 with its outcome (ApplyAndRecord).
 * The agent's last facts are held against that snapshot in 2: an error there (a missing unix user, a module
 * not loaded…) refuses the publish before anything is stored, unless forced; all of them are stored with the
 * revision's diagnostics.
 * A crash between 2 and 3 leaves the row pending: step 1 (or start-up) settles it from libs/deploy's
 * on-disk record.
 */
@Injectable()
export class PublishUseCase {
  constructor(
    private readonly models: ModelCache,
    private readonly memo: RenderMemo,
    private readonly exclusive: OnePublishPerServer,
    private readonly reconciler: PublicationReconciler,
    private readonly revisions: RevisionStore,
    private readonly applyAndRecord: ApplyAndRecord,
    private readonly reportedFacts: ReportedFacts,
  ) {}

  async execute(
    principal: Principal,
    serverId: string,
    body: NonNullable<PublishBody>,
  ): Promise<PublishOutcome> {
    const timer = new PublishTimer();
    const early = await modelBeforeLock(this.models, serverId);
    timer.mark('snapshot');
    return this.exclusive.run(serverId, async () => {
      timer.mark('lock');
      await this.reconciler.settle(serverId);
      // Read before the transaction: its connection is not held while another one answers.
      const facts = await this.reportedFacts.facts(serverId);
      const stored = await this.revisions.publishTransaction(async (tx) => {
        const cached = await modelUnderLock(tx, this.models, serverId, early);
        timer.mark('recheck');
        const candidate = renderCandidate(cached, this.memo, timer);
        if (candidate.files === null || candidate.digest === null) {
          throw publishRefusedByValidation(candidate.diagnostics);
        }
        const fromFacts = checkServerFacts(cached.model, facts);
        const refusal = body.force === true ? null : refusedByFacts(fromFacts);
        if (refusal !== null) throw refusal;
        const revision = {
          files: candidate.files,
          digest: candidate.digest,
          diagnostics: [...candidate.diagnostics, ...fromFacts.map(factAsDiagnostic)],
          reason: body.reason ?? null,
          rollbackOf: null,
          timer,
        };
        return storePendingRevision(tx, principal, cached.model, revision, body.force === true);
      });
      return publishOutcome(await this.applyAndRecord.run(principal, stored));
    });
  }
}
