import { Module } from '@nestjs/common';
import { ModelStoreModule } from '../../model-store/model-store.module.js';
import { ServerController } from './server.controller.js';
import { ServerRepository } from './server.repository.js';
import { ServerService } from './server.service.js';

@Module({
  imports: [ModelStoreModule],
  controllers: [ServerController],
  providers: [ServerRepository, ServerService],
})
export class ServersModule {}
