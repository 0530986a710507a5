import { Module } from '@nestjs/common';
import { ModelStoreModule } from '../../model-store/model-store.module.js';
import { DaemonGroupController } from './daemon-group.controller.js';
import { DaemonGroupRepository } from './daemon-group.repository.js';
import { DaemonGroupService } from './daemon-group.service.js';

@Module({
  imports: [ModelStoreModule],
  controllers: [DaemonGroupController],
  providers: [DaemonGroupRepository, DaemonGroupService],
})
export class DaemonGroupsModule {}
