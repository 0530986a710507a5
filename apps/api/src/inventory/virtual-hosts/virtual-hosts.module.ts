import { Module } from '@nestjs/common';
import { ModelStoreModule } from '../../model-store/model-store.module.js';
import { VirtualHostController } from './virtual-host.controller.js';
import { VirtualHostRepository } from './virtual-host.repository.js';
import { VirtualHostService } from './virtual-host.service.js';

@Module({
  imports: [ModelStoreModule],
  controllers: [VirtualHostController],
  providers: [VirtualHostRepository, VirtualHostService],
})
export class VirtualHostsModule {}
