import { Module } from '@nestjs/common';
import { EngineModule } from '../engine/engine.module.js';
import { ModelStoreModule } from '../model-store/index.js';
import { HtaccessHttpAdapter } from './htaccess-http.adapter.js';
import { HtaccessController } from './htaccess.controller.js';
import { HtaccessRepository } from './htaccess.repository.js';
import { HtaccessService } from './htaccess.service.js';

@Module({
  imports: [ModelStoreModule, EngineModule],
  controllers: [HtaccessController],
  providers: [HtaccessRepository, HtaccessService, HtaccessHttpAdapter],
})
export class HtaccessModule {}
