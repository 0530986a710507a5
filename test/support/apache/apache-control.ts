import { execFile } from 'node:child_process';
import { APACHE_BIN } from './apache-paths.js';

export interface CommandResult {
  ok: boolean;
  exitCode: number;
  /** stdout + stderr, as a human would see them in a terminal. */
  output: string;
}

/**
 * Runs apache2 with a clean environment: an inherited PROCESS_GROUP would be picked up by mod_wsgi's
 * getenv() fallback (spec §2.2) and change what the oracle observes.
 */
export function runApache(args: readonly string[], env: Record<string, string> = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      APACHE_BIN,
      [...args],
      { env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C', ...env }, timeout: 60000 },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ ok: exitCode === 0, exitCode, output: `${stdout}${stderr}` });
      },
    );
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
