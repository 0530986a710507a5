import { type DynamicModule, Module } from '@nestjs/common';
import type { AppModuleOptions } from './app-module-options.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { InspectionModule } from './inspection/inspection.module.js';
import { HtaccessModule } from './htaccess/htaccess.module.js';
import { BootstrapModule } from './auth/bootstrap/bootstrap.module.js';
import { ConfigModule } from './platform/config/config.module.js';
import { DatabaseModule } from './platform/database/database.module.js';
import { FleetModule } from './fleet/fleet.module.js';
import { DaemonGroupRestartsModule } from './fleet/restarts/daemon-group-restarts.module.js';
import { HealthModule } from './platform/health/health.module.js';
import { InventoryModule } from './inventory/inventory.module.js';
import { LoggingModule } from './platform/logging/logging.module.js';
import { MetricsModule } from './platform/metrics/metrics.module.js';
import { PublicationsModule } from './publishing/publications.module.js';
import { ServerSpecModule } from './server-spec/server-spec.module.js';
import { IdempotencyModule } from './platform/idempotency/idempotency.module.js';
import { ThrottlingModule } from './platform/throttling/throttling.module.js';
import { TokensModule } from './auth/tokens/tokens.module.js';
import { UsersAdminModule } from './auth/users/users-admin.module.js';

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
        InspectionModule,
        HtaccessModule,
        FleetModule,
        DaemonGroupRestartsModule,
        ServerSpecModule,
        AuditModule,
      ],
    };
  }
}
