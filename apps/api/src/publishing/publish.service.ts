import { Inject, Injectable } from '@nestjs/common';
import type { ServerModel } from '#apache';
import type { CachedModel } from '../model-cache/cached-model.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { ServerModelLoader } from '../model-store/server-model.loader.js';
import { modelUnderLock, serverNotFound } from './consistent-model.js';
import type { Publication } from '#db';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../platform/errors/app-error.js';
import type { ApiDiagnostic } from '../platform/errors/diagnostic.js';
import type { Database } from '../platform/database/database.js';
import { DATABASE } from '../platform/database/database.tokens.js';
import { AuditService } from '../model-store/audit.service.js';
import type { Tx } from '../model-store/model-write.service.js';
import { applyFailureDiagnostic } from './apply-failure-diagnostic.js';
import {
  APPLIER,
  HandEditedFilesError,
  UnsafeTenantDirectoryError,
  type Applier,
  type ApplyReport,
  type ApplyRequest,
} from './applier/applier.port.js';
import { AppConfig } from '../platform/config/app-config.js';
import { PublicationReconciler } from './publication-reconciler.js';
import { PublishLock } from './publish-lock.js';
import { changeKind } from './change-kind.js';
import { diffFileSets } from './diff/file-set-diff.js';
import type { DryRunDto, PublishBody, PublishResult, RollbackBody } from './publication.dto.js';
import { presentPublicationSummary } from './publication.presenter.js';
import { PublicationRepository, type PublicationHead } from './publication.repository.js';
import { PublishTimer } from './publish-timer.js';
import {
  applyFailedError,
  handEditedError,
  publishRefusedByValidation,
  unsafeDirectoryError,
} from './publish-errors.js';
import { renderCandidate } from './render-candidate.js';
import { PublicationBlobRepository } from './publication-blob.repository.js';
import { RenderMemo } from './render-memo.js';
import { differsFrom, manifestOf, toManifest, type ManifestEntry, type StoredFile } from './stored-file.js';

export interface PublishOutcome {
  created: boolean;
  body: PublishResult;
}

interface Revision {
  files: StoredFile[];
  digest: string;
  diagnostics: ApiDiagnostic[];
  reason: string | null;
  rollbackOf: Publication | null;
  /** Steps so far; record() adds its own and writes the line into the stored log. */
  timer: PublishTimer;
}

/**
 * Publishing like a database commit, without holding a transaction open across the apply. Under a per-server
 * publish lock (a session advisory lock: all replicas) for the whole publish:
 *   1. settle a revision an earlier, crashed publish left `pending` (PublicationReconciler);
 *   2. transaction 1: one consistent snapshot of the model is validated, rendered and stored as the next
 *      gapless revision, status `pending`;
 *   3. the apply (configtest, swap, reload, probe, rollback) runs outside any transaction, so no database
 *      timeout can abort the bookkeeping while the files go live;
 *   4. transaction 2: the revision's final status, the superseded ones and the audit event commit together.
 * A refusal before anything went live (hand edits, an unsafe tenant directory) deletes the pending row
 * instead, so nothing is stored. A crash between 2 and 4 leaves the row pending: step 1 (or start-up)
 * settles it from libs/deploy's on-disk record.
 */
@Injectable()
export class PublishService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(APPLIER) private readonly applier: Applier,
    private readonly config: AppConfig,
    private readonly lock: PublishLock,
    private readonly reconciler: PublicationReconciler,
    private readonly models: ModelCache,
    private readonly loader: ServerModelLoader,
    private readonly memo: RenderMemo,
    private readonly publications: PublicationRepository,
    private readonly blobs: PublicationBlobRepository,
    private readonly audit: AuditService,
  ) {}

  async publish(
    principal: Principal,
    serverId: string,
    body: NonNullable<PublishBody>,
  ): Promise<PublishOutcome> {
    const timer = new PublishTimer();
    const early = await this.snapshot(serverId);
    timer.mark('snapshot');
    return this.lock.run(serverId, async () => {
      timer.mark('lock');
      await this.reconciler.settle(serverId);
      const stored = await this.db.$transaction(async (tx) => {
        const cached = await modelUnderLock(tx, this.models, this.loader, serverId, early);
        timer.mark('recheck');
        const candidate = renderCandidate(cached, this.memo, timer);
        if (candidate.files === null || candidate.digest === null) {
          throw publishRefusedByValidation(candidate.diagnostics);
        }
        const revision: Revision = {
          files: candidate.files,
          digest: candidate.digest,
          diagnostics: candidate.diagnostics,
          reason: body.reason ?? null,
          rollbackOf: null,
          timer,
        };
        return this.store(tx, principal, cached.model, revision, body.force === true);
      }, this.txOptions());
      return this.settle(await this.applyAndRecord(principal, stored));
    });
  }

  /** Publishes an earlier revision's exact files again, as a new revision that says why. */
  async rollback(principal: Principal, publicationId: string, body: RollbackBody): Promise<PublishOutcome> {
    const found = await this.publications.findById(publicationId);
    if (found === null) throw publicationNotFound(publicationId);
    const timer = new PublishTimer();
    const early = await this.snapshot(found.serverId);
    return this.lock.run(found.serverId, async () => {
      await this.reconciler.settle(found.serverId);
      const stored = await this.db.$transaction(async (tx) => {
        // Re-read under the lock: an agent report may have changed its status meanwhile.
        const target = await this.publications.findByIdInTx(tx, publicationId);
        if (target === null) throw publicationNotFound(publicationId);
        if (target.status === 'failed' || target.status === 'rolled_back') {
          throw new AppError(
            'CONFLICT',
            `Revision ${target.revision} never went live (${target.status}); only a revision that Apache accepted can be restored.`,
          );
        }
        const { model } = await modelUnderLock(tx, this.models, this.loader, target.serverId, early);
        const files = await this.blobs.withContent(manifestOf(target.manifest), undefined, tx);
        timer.mark('lock+load');
        const warnings = (target.diagnostics as unknown as ApiDiagnostic[]).filter(
          (d) => d.severity === 'warning',
        );
        const revision: Revision = {
          files,
          digest: target.digest,
          diagnostics: warnings,
          reason: body.reason,
          rollbackOf: target,
          timer,
        };
        return this.store(tx, principal, model, revision, body.force === true);
      }, this.txOptions());
      return this.settle(await this.applyAndRecord(principal, stored));
    });
  }

  /** What a publish would do now: diagnostics and the diff against the live revision. Stores nothing. */
  async dryRun(serverId: string): Promise<DryRunDto> {
    const cached = await this.snapshot(serverId);
    return this.db.$transaction(async (tx) => {
      const candidate = renderCandidate(cached, this.memo);
      const live = await this.publications.findLive(serverId, tx);
      const liveManifest = live === null ? [] : manifestOf(live.manifest);
      const liveFiles =
        candidate.files === null
          ? []
          : await this.blobs.withContent(liveManifest, differsFrom(candidate.files), tx);
      // Only the files that differ are fetched and diffed (identical ones are left out of a diff anyway).
      const files =
        candidate.files === null
          ? []
          : diffFileSets(liveFiles, candidate.files.filter(differsFrom(liveManifest)));
      return {
        dryRun: true as const,
        valid: candidate.files !== null,
        digest: candidate.digest,
        changed: candidate.digest !== (live?.digest ?? null),
        kind: candidate.files === null ? ('none' as const) : changeKind(liveManifest, candidate.files),
        against: live === null ? null : { id: live.id, revision: live.revision },
        diagnostics: candidate.diagnostics,
        files,
      };
    });
  }

  /** Transaction 1: the next revision, stored as pending with its blobs (or a no-op on the same digest). */
  private async store(
    tx: Tx,
    principal: Principal,
    model: ServerModel,
    revision: Revision,
    force: boolean,
  ): Promise<Stored> {
    const serverId = model.id;
    const current = await this.publications.findCurrent(serverId, tx);
    const parentManifest = current === null ? [] : manifestOf(current.manifest);
    if (current !== null && current.digest === revision.digest && !force)
      return { kind: 'noop', row: current, manifest: parentManifest };
    // The newest live-or-pending revision, when live, is the newest live one: no second 20,000-entry read.
    const live = current?.status === 'live' ? current : await this.publications.findLive(serverId, tx);
    const number = await this.publications.nextRevision(tx, serverId);
    revision.timer.mark('history');
    const manifest = toManifest(revision.files);
    // The parent's blobs are stored already: a one-rule change inserts one blob, not the whole revision.
    await this.blobs.storeNew(tx, revision.files, new Set(parentManifest.map((f) => f.sha256)));
    const row = await this.publications.create(tx, {
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
    });
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
      },
    };
  }

  /** The apply, outside any transaction, then transaction 2 with its outcome. */
  private async applyAndRecord(principal: Principal, stored: Stored): Promise<Committed> {
    if (stored.kind === 'noop') return stored;
    const { revision, request, model, row } = stored;
    let report: ApplyReport;
    try {
      report = await this.applier.apply(request);
    } catch (error) {
      if (error instanceof HandEditedFilesError || error instanceof UnsafeTenantDirectoryError) {
        // Refused before anything went live: the revision number is given back, nothing stays stored.
        await this.db.$transaction((tx) => this.publications.deletePending(tx, row.id), this.txOptions());
        if (error instanceof HandEditedFilesError) throw handEditedError(error.findings);
        throw unsafeDirectoryError(error, model.directories);
      }
      // Unknown outcome: libs/deploy's journal and disk record decide, now rather than at the next publish.
      await this.reconciler.settle(request.serverId).catch(() => undefined);
      throw error;
    }
    revision.timer.mark('apply');
    const failureDiagnostics = report.failure === null ? [] : [applyFailureDiagnostic(report.failure, model)];
    const finished = await this.db.$transaction(
      (tx) => this.record(tx, principal, stored, report, failureDiagnostics),
      this.txOptions(),
    );
    return { kind: 'stored', row: finished, manifest: stored.manifest, report, failureDiagnostics };
  }

  /** Transaction 2: the outcome, the revisions it supersedes and the audit event, together. */
  private async record(
    tx: Tx,
    principal: Principal,
    stored: Extract<Stored, { kind: 'pending' }>,
    report: ApplyReport,
    failureDiagnostics: ApiDiagnostic[],
  ): Promise<PublicationHead> {
    const { revision, current, request, row } = stored;
    const serverId = request.serverId;
    const finished = await this.publications.finish(tx, row.id, {
      status: report.status,
      diagnostics: [...revision.diagnostics, ...failureDiagnostics],
      log: `${report.log}\n${revision.timer.line()}`,
      failure:
        report.failure === null
          ? null
          : { step: report.failure.step, message: report.failure.message, output: report.failure.output },
      appliedAt: report.status === 'live' ? new Date() : null,
    });
    if (report.status === 'live') await this.publications.supersedeAround(tx, serverId, finished);
    if (report.status === 'pending')
      await this.publications.supersedeOlderPending(tx, serverId, request.revision);
    await this.audit.record(tx, {
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

  /** Each of the two transactions is short; the apply between them is bounded by its own command timeouts. */
  private txOptions(): { maxWait: number; timeout: number } {
    const timeout = this.config.publishing.txTimeoutMs;
    return { maxWait: timeout, timeout };
  }

  /**
   * The server's model at exactly one model_revision, from the per-process cache (which re-reads it only when
   * servers.model_revision moved on, in one REPEATABLE READ snapshot). Its validation and index are built at
   * most once per revision, so a dry run followed by the publish validates once. Called before a transaction
   * is opened; modelUnderLock() then confirms it is still current.
   */
  private async snapshot(serverId: string): Promise<CachedModel> {
    const cached = await this.models.get(serverId);
    if (cached === null) throw serverNotFound(serverId);
    return cached;
  }

  /** After the commit: a stored failure becomes its 422/502, everything else the response body. */
  private settle(outcome: Committed): PublishOutcome {
    if (outcome.kind === 'noop') {
      const row = outcome.row;
      const message = `Revision ${row.revision} (${row.status}) already has digest ${row.digest}; nothing was published.`;
      return {
        created: false,
        body: {
          ...presentPublicationSummary(row, outcome.manifest),
          noop: true,
          message,
          reloaded: false,
          changedPaths: [],
        },
      };
    }
    const { row, manifest, report, failureDiagnostics } = outcome;
    if (report.failure !== null || row.status === 'failed' || row.status === 'rolled_back') {
      throw applyFailedError(row, failureDiagnostics, report.failure?.step ?? 'apply');
    }
    const message =
      row.status === 'live'
        ? `Revision ${row.revision} is live${report.reloaded ? ' (graceful reload)' : ' (no reload needed)'}.`
        : `Revision ${row.revision} is stored and pending: the server's agent applies it.`;
    return {
      created: true,
      body: {
        ...presentPublicationSummary(row, manifest),
        noop: false,
        message,
        reloaded: report.reloaded,
        changedPaths: [...report.changedPaths, ...report.deletedPaths],
      },
    };
  }
}

function publicationNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Publication ${id} does not exist.`);
}

type Stored =
  | { kind: 'noop'; row: PublicationHead; manifest: ManifestEntry[] }
  | {
      kind: 'pending';
      row: PublicationHead;
      model: ServerModel;
      revision: Revision;
      current: Publication | null;
      manifest: ManifestEntry[];
      request: ApplyRequest;
    };

type Committed =
  | { kind: 'noop'; row: PublicationHead; manifest: ManifestEntry[] }
  | {
      kind: 'stored';
      row: PublicationHead;
      manifest: ManifestEntry[];
      report: ApplyReport;
      failureDiagnostics: ApiDiagnostic[];
    };
