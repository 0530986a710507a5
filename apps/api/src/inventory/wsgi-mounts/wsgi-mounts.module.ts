import { Module } from '@nestjs/common';
import { ModelStoreModule } from '../../model-store/model-store.module.js';
import { WsgiMountController } from './wsgi-mount.controller.js';
import { WsgiMountRepository } from './wsgi-mount.repository.js';
import { WsgiMountService } from './wsgi-mount.service.js';

@Module({
  imports: [ModelStoreModule],
  controllers: [WsgiMountController],
  providers: [WsgiMountRepository, WsgiMountService],
})
export class WsgiMountsModule {}
