import { Module } from '@nestjs/common';
import { ModelStoreModule } from '../model-store/index.js';
import { ChangeListenerModule } from './change-listener.module.js';
import { EngineController } from './engine.controller.js';
import { EngineService } from './engine.service.js';
import { ModelCache } from './model-cache.js';
import { ModelRevisionRepository } from './model-revision.repository.js';

/** validation / config / resolve endpoints, and the per-process model cache other features share. */
@Module({
  imports: [ModelStoreModule, ChangeListenerModule],
  controllers: [EngineController],
  providers: [ModelRevisionRepository, ModelCache, EngineService],
  exports: [ModelCache],
})
export class EngineModule {}
