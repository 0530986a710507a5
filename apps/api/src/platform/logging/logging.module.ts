import { type DynamicModule, Module } from '@nestjs/common';
import type { AppLogger } from './create-logger.js';
import { LOGGER } from './logger.token.js';
import { PinoLoggerService } from './pino-logger.service.js';

@Module({})
export class LoggingModule {
  /** The logger is created before Nest (main.ts logs the database start with it) and shared here. */
  static forLogger(logger: AppLogger): DynamicModule {
    return {
      module: LoggingModule,
      global: true,
      providers: [{ provide: LOGGER, useValue: logger }, PinoLoggerService],
      exports: [LOGGER, PinoLoggerService],
    };
  }
}
