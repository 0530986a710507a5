import { readFileSync } from 'node:fs';

/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat, 100 on every Linux ABI. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time another process has used so far, in ms (Linux only): /proc/<pid>/schedstat in ns when the
 * kernel has it, else utime + stime from /proc/<pid>/stat (10 ms ticks). null elsewhere. Unlike
 * req/s this does not depend on what else the machine is running, only on the work done per request.
 */
export function processCpuMs(pid: number): number | null {
  try {
    const ns = Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    if (Number.isFinite(ns)) return ns / 1e6;
  } catch {
    // fall through to /proc/<pid>/stat
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state is field 3, utime 14 and stime 15 (1-based, man 5 proc).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
