import { type DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from './app-config.js';
import type { AppConfigValues } from './app-config-values.js';

@Module({})
export class ConfigModule {
  /** Values are loaded before Nest starts (main.ts or the test harness), so boot fails before any module. */
  static forValues(values: AppConfigValues): DynamicModule {
    return {
      module: ConfigModule,
      global: true,
      providers: [{ provide: AppConfig, useValue: new AppConfig(values) }],
      exports: [AppConfig],
    };
  }
}
