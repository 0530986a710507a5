import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { ModelCommits } from './model-commits.js';
import { ModelWriteService } from './model-write.service.js';
import { ServerModelRepository } from './server-model.repository.js';

/**
 * The inventory core: load a server's model, lock it for a write, and (re-exported) the audit writer every
 * write records its event with. No controllers.
 */
@Module({
  imports: [AuditModule],
  providers: [ServerModelRepository, ModelWriteService, ModelCommits],
  exports: [ServerModelRepository, ModelWriteService, ModelCommits, AuditModule],
})
export class ModelStoreModule {}
