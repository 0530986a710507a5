import 'reflect-metadata';
import { boot } from '#api/boot.js';

/**
 * The API as its own process (the benchmark's server side), booted exactly as main.ts does from the
 * environment the parent passes. Tells the parent its URL over IPC and stops on 'stop' or SIGTERM, so
 * the parent can read this process's memory from /proc/<pid>/status while it serves the load.
 */
const api = await boot(process.env);
process.send?.({ url: api.url });

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await api.stop();
  process.exit(0);
}
process.on('message', (message) => {
  if (message === 'stop') void stop();
});
process.on('SIGTERM', () => void stop());
