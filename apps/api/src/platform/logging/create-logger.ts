import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/env.schema.js';

export type AppLogger = Logger;

/** One JSON logger for the process; tests pass a destination to read what was logged. */
export function createLogger(level: LogLevel, destination?: DestinationStream): AppLogger {
  const options = {
    level,
    base: { service: 'hostplane-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Credentials must never reach a log line, whoever logs the request.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'],
  };
  return destination ? pino(options, destination) : pino(options);
}
