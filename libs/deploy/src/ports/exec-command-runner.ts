import { execFile } from 'node:child_process';
import type { CommandOutcome, CommandRunner } from './command-runner.port.js';

/** execFile (no shell: arguments are never re-parsed) with a timeout and captured output. */
export class ExecCommandRunner implements CommandRunner {
  run(
    argv: readonly string[],
    options: { timeoutMs: number; env: Record<string, string> },
  ): Promise<CommandOutcome> {
    const [file, ...args] = argv;
    const started = performance.now();
    return new Promise((resolve) => {
      if (file === undefined) {
        resolve({ ok: false, exitCode: null, timedOut: false, output: 'empty command', ms: 0 });
        return;
      }
      execFile(
        file,
        args,
        { env: options.env, timeout: options.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const ms = performance.now() - started;
          const output = `${stdout}${stderr}`;
          if (error === null) {
            resolve({ ok: true, exitCode: 0, timedOut: false, output, ms });
            return;
          }
          const timedOut = error.killed === true && error.signal === 'SIGKILL';
          const exitCode = typeof error.code === 'number' ? error.code : null;
          const why = typeof error.code === 'string' ? `${error.code}: ${error.message}\n` : '';
          resolve({ ok: false, exitCode, timedOut, output: `${why}${output}`, ms });
        },
      );
    });
  }
}
