import { findGroupDaemonProcesses, findGroupDaemons, processStamp } from './daemon-process-table.js';
import type { DaemonGroupIdentity } from './daemon-process-title.js';
import { systemClock, type Clock } from './ports/clock.port.js';

export interface DaemonGroupRestartOutcome {
  ok: boolean;
  pidsBefore: number[];
  pidsAfter: number[];
  errors: string[];
}

export interface DaemonGroupRestartOptions {
  procDir?: string;
  /** process.kill by default; tests may watch the calls. */
  signal?: (pid: number, signal: NodeJS.Signals) => void;
  clock?: Clock;
  /** How long the old processes may take to finish their requests and the new ones to appear. */
  timeoutMs?: number;
  pollMs?: number;
}

/**
 * SIGUSR1 is mod_wsgi's own "restart this daemon process" (the path maximum-requests takes): the process
 * finishes its requests (within the group's graceful-timeout/shutdown-timeout) and exits, and the Apache
 * parent starts a new one on the same listener socket, so requests queue rather than fail. Measured on
 * Apache 2.4 + mod_wsgi 4.9: a new pid in ~0.6 s when idle, no error on the group or any other group;
 * SIGTERM/SIGINT instead stall the group's requests for the whole shutdown-timeout (5 s) even when idle.
 */
export const DAEMON_RESTART_SIGNAL: NodeJS.Signals = 'SIGUSR1';

/**
 * Restarts one daemon group's processes and waits for their successors: done when every old pid is gone and at
 * least as many new ones run. Never signals anything when the group's processes cannot be identified.
 */
export async function restartDaemonGroup(
  identity: DaemonGroupIdentity,
  options: DaemonGroupRestartOptions = {},
): Promise<DaemonGroupRestartOutcome> {
  const procDir = options.procDir ?? '/proc';
  const clock = options.clock ?? systemClock;
  const signal = options.signal ?? ((pid, sig) => process.kill(pid, sig));
  const found = await findGroupDaemonProcesses(identity, procDir);
  const before = { pids: found.processes.map((p) => p.pid) };
  if (found.problems.length > 0) return failed(before.pids, [], found.problems);
  if (before.pids.length === 0)
    return failed([], [], [`no running process of daemon group ${identity.name} was found`]);
  const errors: string[] = [];
  for (const { pid, stamp } of found.processes) {
    // Gone, or exited and its pid given to another process since /proc was read: not ours (Apache respawns ours).
    if ((await processStamp(procDir, pid)) !== stamp) continue;
    try {
      signal(pid, DAEMON_RESTART_SIGNAL);
    } catch (error) {
      // ESRCH: it exited meanwhile (Apache respawns it anyway); EPERM: not ours to signal.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ESRCH') errors.push(`kill -USR1 ${pid}: ${code ?? (error as Error).message}`);
    }
  }
  if (errors.length === before.pids.length) return failed(before.pids, before.pids, errors);
  const deadline = clock.monotonicMs() + (options.timeoutMs ?? 60_000);
  let after = before.pids;
  for (;;) {
    await clock.sleep(options.pollMs ?? 100);
    const now = await findGroupDaemons(identity, procDir);
    after = now.pids;
    const oldGone = !after.some((pid) => before.pids.includes(pid));
    if (oldGone && after.length >= before.pids.length) break;
    if (clock.monotonicMs() > deadline) {
      errors.push(
        oldGone
          ? `only ${after.length} of ${before.pids.length} processes of ${identity.name} came back within ${options.timeoutMs ?? 60_000} ms`
          : `processes ${after.filter((p) => before.pids.includes(p)).join(', ')} of ${identity.name} still run after ${options.timeoutMs ?? 60_000} ms`,
      );
      return failed(before.pids, after, errors);
    }
  }
  return { ok: errors.length === 0, pidsBefore: before.pids, pidsAfter: after, errors };
}

function failed(pidsBefore: number[], pidsAfter: number[], errors: string[]): DaemonGroupRestartOutcome {
  return { ok: false, pidsBefore, pidsAfter, errors };
}
