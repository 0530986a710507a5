import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * Linux /proc helpers. Every PostgreSQL process (postmaster and backends) runs with the data directory as
 * its working directory, which makes "is anything still using this cluster" answerable without trusting
 * postmaster.pid, whose pid may have been reused after a crash.
 */
export function processesWithCwd(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) === dir) pids.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to inspect
    }
  }
  return pids;
}

/** Kernel start time of a process (clock ticks since boot), or null when it does not exist. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; starttime is field 22 overall, 20th after ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** A pid identifies a process only together with its start time (pids are reused). */
export interface ProcessIdentity {
  pid: number;
  startTime: string;
}

export function currentProcessIdentity(): ProcessIdentity {
  const startTime = processStartTime(process.pid);
  if (startTime === null) throw new Error('cannot read /proc/self/stat');
  return { pid: process.pid, startTime };
}

export function isAlive(identity: ProcessIdentity): boolean {
  return processStartTime(identity.pid) === identity.startTime;
}
