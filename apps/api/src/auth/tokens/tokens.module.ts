import { Module } from '@nestjs/common';
import { PrincipalCacheModule } from '../principal-cache.module.js';
import { AuditModule } from '../../audit/audit.module.js';
import { ApiTokenRepository } from './api-token.repository.js';
import { ApiTokenLastUsed } from './api-token-last-used.service.js';
import { ApiTokenStrategy } from './api-token.strategy.js';
import { ApiTokensController } from './api-tokens.controller.js';
import { ApiTokensService } from './api-tokens.service.js';

/** API tokens: their endpoints and the `api-token` passport strategy the global guard calls for "hpt_" tokens. */
@Module({
  imports: [AuditModule, PrincipalCacheModule],
  controllers: [ApiTokensController],
  providers: [ApiTokenRepository, ApiTokenStrategy, ApiTokensService, ApiTokenLastUsed],
  exports: [ApiTokenStrategy, ApiTokenLastUsed],
})
export class TokensModule {}
