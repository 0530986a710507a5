import { AgentPollModule } from '../fleet/agent-poll/agent-poll.module.js';
import { Module } from '@nestjs/common';
import { InspectionModule } from '../inspection/inspection.module.js';
import { ModelStoreModule } from '../model-store/model-store.module.js';
import { ApplyAndRecord } from './apply-and-record.service.js';
import { applierProvider } from './applier/applier.provider.js';
import { DriftUseCase } from './drift.use-case.js';
import { DiffPublicationsUseCase } from './diff-publications.use-case.js';
import { DryRunUseCase } from './dry-run.use-case.js';
import { GetPublicationUseCase } from './get-publication.use-case.js';
import { ListPublicationsUseCase } from './list-publications.use-case.js';
import { OnePublishPerServer } from './one-publish-per-server.js';
import { PublicationBlobRepository } from './publication-blob.repository.js';
import { PublicationReconciler } from './publication-reconciler.service.js';
import { PublicationRepository } from './publication.repository.js';
import { PublicationsController } from './publications.controller.js';
import { PublishingLockRepository } from './publishing-lock.repository.js';
import { PublishUseCase } from './publish.use-case.js';
import { ReloadReasonService } from './reload-reason.service.js';
import { RenderMemo } from './render-memo.js';
import { ReportDeploymentUseCase } from './report-deployment.use-case.js';
import { ChangeListenerModule } from '../platform/change-listener/change-listener.module.js';
import { RevisionStore } from './revision-store.repository.js';
import { RollbackUseCase } from './rollback.use-case.js';
import { ServerConfigDirRepository } from './server-config-dir.repository.js';
import { ServerPublicationsController } from './server-publications.controller.js';
import { WantedRevisionCache } from './wanted-revision-cache.js';
import { WantedRevisionUseCase } from './wanted-revision.use-case.js';

/** Publishing: render → validate → store a revision → apply (locally, or pending for an agent). */
@Module({
  imports: [ModelStoreModule, InspectionModule, ChangeListenerModule, AgentPollModule],
  controllers: [ServerPublicationsController, PublicationsController],
  providers: [
    applierProvider,
    PublicationRepository,
    PublicationBlobRepository,
    ServerConfigDirRepository,
    PublishingLockRepository,
    RevisionStore,
    RenderMemo,
    ReloadReasonService,
    OnePublishPerServer,
    PublicationReconciler,
    ApplyAndRecord,
    PublishUseCase,
    RollbackUseCase,
    DryRunUseCase,
    ListPublicationsUseCase,
    GetPublicationUseCase,
    DiffPublicationsUseCase,
    DriftUseCase,
    WantedRevisionCache,
    WantedRevisionUseCase,
    ReportDeploymentUseCase,
  ],
})
export class PublicationsModule {}
