import { readFileSync } from 'node:fs';

export interface MemorySample {
  /** Resident set size now, MB. */
  rssMB: number;
  /** Peak resident set size since the process started (VmHWM), MB. */
  peakMB: number;
}

/** The kernel's view of another process's memory (Linux only: /proc/<pid>/status). */
export function processMemory(pid: number): MemorySample | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs` while `work` runs; returns the highest RSS seen. */
export async function whileSampling<T>(
  pid: number,
  work: () => Promise<T>,
  everyMs = 200,
): Promise<{ value: T; maxRssMB: number }> {
  let maxRssMB = 0;
  const sample = () => {
    const m = processMemory(pid);
    if (m !== null) maxRssMB = Math.max(maxRssMB, m.rssMB);
  };
  const timer = setInterval(sample, everyMs);
  try {
    const value = await work();
    sample();
    return { value, maxRssMB };
  } finally {
    clearInterval(timer);
  }
}
