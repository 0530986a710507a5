import { type DynamicModule, Module } from '@nestjs/common';
import type { AppModuleOptions } from './app-module-options.js';
import { AuditQueryModule } from './audit/audit-query.module.js';
import { AuthModule } from './auth/auth.module.js';
import { EngineModule } from './engine/engine.module.js';
import { HtaccessModule } from './htaccess/htaccess.module.js';
import { BootstrapModule } from './bootstrap/bootstrap.module.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { InventoryModule } from './inventory/inventory.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { PublicationsModule } from './publications/publications.module.js';
import { IdempotencyModule } from './idempotency/idempotency.module.js';
import { ThrottlingModule } from './throttling/throttling.module.js';
import { TokensModule } from './tokens/tokens.module.js';
import { UsersAdminModule } from './users/users-admin.module.js';

/**
 * The whole API. Everything environmental (config, logger, database) comes in as options, so main.ts,
 * the e2e harness and the OpenAPI script build the same module graph with different surroundings.
 */
@Module({})
export class AppModule {
  static forRoot({ config, logger, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forValues(config),
        LoggingModule.forLogger(logger),
        databaseUrl === null ? DatabaseModule.detached() : DatabaseModule.forUrl(databaseUrl),
        MetricsModule,
        HealthModule,
        AuthModule,
        BootstrapModule,
        TokensModule,
        UsersAdminModule,
        ThrottlingModule,
        IdempotencyModule,
        InventoryModule,
        PublicationsModule,
        EngineModule,
        HtaccessModule,
        AuditQueryModule,
      ],
    };
  }
}
