import { Module } from '@nestjs/common';
import { InspectionModule } from '../inspection/inspection.module.js';
import { ModelStoreModule } from '../model-store/index.js';
import { HtaccessBatchRepository } from './htaccess-batch.repository.js';
import { HtaccessGroupCommit } from './htaccess-group-commit.js';
import { HtaccessHttpAdapter } from './htaccess-http.adapter.js';
import { HtaccessController } from './htaccess.controller.js';
import { HtaccessRepository } from './htaccess.repository.js';
import { HtaccessService } from './htaccess.service.js';

@Module({
  imports: [ModelStoreModule, InspectionModule],
  controllers: [HtaccessController],
  providers: [
    HtaccessRepository,
    HtaccessBatchRepository,
    HtaccessGroupCommit,
    HtaccessService,
    HtaccessHttpAdapter,
  ],
})
export class HtaccessModule {}
