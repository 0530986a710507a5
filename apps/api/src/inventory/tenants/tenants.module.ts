import { Module } from '@nestjs/common';
import { ModelStoreModule } from '../../model-store/model-store.module.js';
import { TenantController } from './tenant.controller.js';
import { TenantRepository } from './tenant.repository.js';
import { TenantService } from './tenant.service.js';

@Module({
  imports: [ModelStoreModule],
  controllers: [TenantController],
  providers: [TenantRepository, TenantService],
})
export class TenantsModule {}
