/** Timing helpers: wall-clock samples, summarised as median and p95 (nearest rank). */

export interface Summary {
  median: number;
  p95: number;
  runs: number;
  /** Median CPU time (user + system, all threads incl. GC) per run: steadier than wall time on a loaded machine. */
  cpuMedian?: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
  /** Stop early (after at least 3 timed runs) once this much time was spent timing. */
  budgetMs?: number;
}

/** Milliseconds per call of `fn`, after `warmup` untimed calls. */
/**
 * Two workloads timed alternately (a, b, a, b, …) in one process, so both see the same heap and the same
 * machine load: the fair way to compare them (timing one after the other gave the second one the garbage
 * of the first, 1.3-1.45× where alternating gave 1.0-1.1×).
 */
export function measureAlternately(
  a: () => void,
  b: () => void,
  options: Omit<MeasureOptions, 'budgetMs'>,
): [Summary, Summary] {
  for (let i = 0; i < options.warmup; i++) {
    a();
    b();
  }
  const timed = (fn: () => void, into: { ms: number[]; cpu: number[] }) => {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    into.ms.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    into.cpu.push((used.user + used.system) / 1000);
  };
  const first = { ms: [] as number[], cpu: [] as number[] };
  const second = { ms: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < options.iterations; i++) {
    timed(a, first);
    timed(b, second);
  }
  return [
    { ...summarize(first.ms), cpuMedian: summarize(first.cpu).median },
    { ...summarize(second.ms), cpuMedian: summarize(second.cpu).median },
  ];
}

export function measure(fn: (iteration: number) => void, options: MeasureOptions): Summary {
  for (let i = 0; i < options.warmup; i++) fn(i);
  const samples: number[] = [];
  const cpu: number[] = [];
  let spent = 0;
  for (let i = 0; i < options.iterations; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn(options.warmup + i);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    samples.push(ms);
    spent += ms;
    if (options.budgetMs !== undefined && spent > options.budgetMs && samples.length >= 3) break;
  }
  return { ...summarize(samples), cpuMedian: summarize(cpu).median };
}
