import { Module } from '@nestjs/common';
import { ModelStoreModule } from '../model-store/index.js';
import { ChangeListenerModule } from '../platform/change-listener/change-listener.module.js';
import { InspectionController } from './inspection.controller.js';
import { InspectionService } from './inspection.service.js';
import { ModelCache } from '../model-cache/model-cache.js';
import { ModelRevisionRepository } from '../model-cache/model-revision.repository.js';

/** validation / config / resolve endpoints, and the per-process model cache other features share. */
@Module({
  imports: [ModelStoreModule, ChangeListenerModule],
  controllers: [InspectionController],
  providers: [ModelRevisionRepository, ModelCache, InspectionService],
  exports: [ModelCache],
})
export class InspectionModule {}
