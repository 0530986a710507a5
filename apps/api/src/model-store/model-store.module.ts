import { Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';
import { ModelWriteService } from './model-write.service.js';
import { ServerModelLoader } from './server-model.loader.js';

/** The inventory core: load a server's model, write it through validate() + audit. No controllers. */
@Module({
  providers: [ServerModelLoader, ModelWriteService, AuditService],
  exports: [ServerModelLoader, ModelWriteService, AuditService],
})
export class ModelStoreModule {}
