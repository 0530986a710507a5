import { Inject, Injectable, type LoggerService } from '@nestjs/common';
import type { AppLogger } from './create-logger.js';
import { LOGGER } from './logger.token.js';

/** Adapts Nest's LoggerService onto pino so the framework's own lines are JSON like ours. */
@Injectable()
export class PinoLoggerService implements LoggerService {
  constructor(@Inject(LOGGER) private readonly logger: AppLogger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    // Nest calls error(message, stack?, context?).
    const [stack, context] = params;
    const fields = { context: typeof context === 'string' ? context : undefined, stack: asString(stack) };
    this.logger.error(fields, stringify(message));
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(
    level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    params: unknown[],
  ): void {
    const context = params.at(-1);
    this.logger[level]({ context: typeof context === 'string' ? context : undefined }, stringify(message));
  }
}

function stringify(message: unknown): string {
  return typeof message === 'string' ? message : JSON.stringify(message);
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
