import { Module } from '@nestjs/common';
import { AuthModule } from '../auth.module.js';
import { AuditModule } from '../../audit/audit.module.js';
import { UserAdminRepository } from './user-admin.repository.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

/**
 * The /users endpoints. Separate from UsersModule, which AuthModule imports for login: this one needs
 * AuthModule's PasswordHasher, and one module cannot be on both sides.
 */
@Module({
  imports: [AuthModule, AuditModule],
  controllers: [UsersController],
  providers: [UserAdminRepository, UsersService],
})
export class UsersAdminModule {}
