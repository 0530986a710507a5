import { Module } from '@nestjs/common';
import { InspectionModule } from '../inspection/inspection.module.js';
import { ModelStoreModule } from '../model-store/model-store.module.js';
import { AgentDeploymentService } from './agent-deployment.service.js';
import { applierProvider } from './applier/applier.provider.js';
import { PublicationHttpAdapter } from './publication-http.adapter.js';
import { PublicationQueryService } from './publication-query.service.js';
import { PublicationBlobRepository } from './publication-blob.repository.js';
import { PublicationRepository } from './publication.repository.js';
import { RenderMemo } from './render-memo.js';
import { PublicationsController } from './publications.controller.js';
import { PublicationReconciler } from './publication-reconciler.js';
import { PublishLock } from './publish-lock.js';
import { PublishService } from './publish.service.js';
import { PublishUseCase } from './publish.use-case.js';
import { ServerConfigDirRepository } from './server-config-dir.repository.js';
import { ServerPublicationsController } from './server-publications.controller.js';

/** Publishing: render → validate → store a revision → apply (locally, or pending for an agent). */
@Module({
  imports: [ModelStoreModule, InspectionModule],
  controllers: [ServerPublicationsController, PublicationsController],
  providers: [
    applierProvider,
    PublicationRepository,
    PublicationBlobRepository,
    RenderMemo,
    ServerConfigDirRepository,
    PublishLock,
    PublicationReconciler,
    PublishService,
    PublishUseCase,
    PublicationQueryService,
    AgentDeploymentService,
    PublicationHttpAdapter,
  ],
})
export class PublicationsModule {}
