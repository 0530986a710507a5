import { Module } from '@nestjs/common';
import { AuthModule } from '../auth.module.js';
import { UsersModule } from '../users/users.module.js';
import { BootstrapAdminService } from './bootstrap-admin.service.js';

@Module({
  imports: [UsersModule, AuthModule],
  providers: [BootstrapAdminService],
  exports: [BootstrapAdminService],
})
export class BootstrapModule {}
