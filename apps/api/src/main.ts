import 'reflect-metadata';
import { boot, type RunningApi } from './boot.js';
import { ConfigError } from './platform/config/config-error.js';

/**
 * Process entry: boot, then translate signals and boot failures into exit codes. Signal handlers are
 * installed before booting, so Ctrl-C during a slow first start (initdb) still stops the embedded
 * PostgreSQL once boot has got far enough to hand it back.
 */
let api: RunningApi | undefined;
let stopRequested: NodeJS.Signals | undefined;

async function shutdown(running: RunningApi, signal: NodeJS.Signals): Promise<never> {
  running.logger.info({ signal }, 'Shutting down');
  try {
    await running.stop();
    running.logger.info('Stopped');
    process.exit(0);
  } catch (error) {
    running.logger.error({ err: error }, 'Shutdown failed');
    process.exit(1);
  }
}

const onSignal = (signal: NodeJS.Signals) => {
  if (stopRequested) return;
  stopRequested = signal;
  if (api) void shutdown(api, signal);
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

try {
  api = await boot(process.env);
  if (stopRequested) await shutdown(api, stopRequested);
} catch (error) {
  // Config errors are the operator's to fix: print the message, not a stack trace.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
