import { Module } from '@nestjs/common';
import { InspectionModule } from '../inspection/inspection.module.js';
import { ModelStoreModule } from '../model-store/index.js';
import { HtaccessGroupCommit } from './htaccess-group-commit.js';
import { HtaccessController } from './htaccess.controller.js';
import { HtaccessRepository } from './htaccess.repository.js';
import { HtaccessService } from './htaccess.service.js';

@Module({
  imports: [ModelStoreModule, InspectionModule],
  controllers: [HtaccessController],
  providers: [HtaccessRepository, HtaccessGroupCommit, HtaccessService],
})
export class HtaccessModule {}
