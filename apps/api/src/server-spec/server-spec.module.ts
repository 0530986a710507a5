import { Module } from '@nestjs/common';
import { InspectionModule } from '../inspection/inspection.module.js';
import { ModelStoreModule } from '../model-store/model-store.module.js';
import { ApplyServerSpec } from './apply-server-spec.use-case.js';
import { ExportServerSpec } from './export-server-spec.use-case.js';
import { ImportServerFiles } from './import-server-files.use-case.js';
import { ServerSpecController } from './server-spec.controller.js';
import { ServerSpecRepository } from './server-spec.repository.js';

/** A server as one document: export, plan and apply (GET/PUT /servers/{id}/spec), and import of existing files. */
@Module({
  imports: [ModelStoreModule, InspectionModule],
  controllers: [ServerSpecController],
  providers: [ServerSpecRepository, ExportServerSpec, ApplyServerSpec, ImportServerFiles],
})
export class ServerSpecModule {}
