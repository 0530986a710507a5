/** The agent's HTTP calls, by what they are for. */
export type CallKind = 'poll' | 'report' | 'restarts' | 'deployment';

export interface CallStats {
  count: number;
  /** Answers by HTTP status ("304", "200", …; "error" for a failed request). */
  statuses: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Latencies and statuses of the simulated agents' calls, kept only while measuring (after the warm-up). */
export class FleetRecorder {
  measuring = false;
  private readonly samples = new Map<CallKind, number[]>();
  private readonly statuses = new Map<CallKind, Record<string, number>>();

  record(kind: CallKind, status: number | 'error', ms: number): void {
    if (!this.measuring) return;
    const samples = this.samples.get(kind) ?? [];
    samples.push(ms);
    this.samples.set(kind, samples);
    const statuses = this.statuses.get(kind) ?? {};
    statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
    this.statuses.set(kind, statuses);
  }

  stats(kind: CallKind): CallStats {
    const sorted = [...(this.samples.get(kind) ?? [])].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
    return {
      count: sorted.length,
      statuses: this.statuses.get(kind) ?? {},
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      maxMs: sorted.at(-1) ?? NaN,
    };
  }
}
