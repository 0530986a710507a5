import type { Clock } from './ports/clock.port.js';
import type { HttpProber } from './ports/http-prober.port.js';

/** A request that must answer `expectStatus` once the revision is live (graceful restarts take seconds). */
export interface ProbeSpec {
  url: string;
  expectStatus: number;
  /** Keep asking until then; default 15 s (a graceful restart of many daemons took ~6.6 s). */
  timeoutMs?: number;
  intervalMs?: number;
}

export interface ProbeOutcome {
  ok: boolean;
  attempts: number;
  /** The last answer, for the report. */
  last: string;
}

export async function runProbe(spec: ProbeSpec, prober: HttpProber, clock: Clock): Promise<ProbeOutcome> {
  const deadline = clock.monotonicMs() + (spec.timeoutMs ?? 15_000);
  let attempts = 0;
  for (;;) {
    attempts += 1;
    const remaining = Math.max(1, deadline - clock.monotonicMs());
    // Even the last attempt gets a real chance to answer, so the report shows Apache's answer, not our abort.
    const answer = await prober.get(spec.url, Math.min(Math.max(remaining, 1_000), 5_000));
    const last = 'status' in answer ? `HTTP ${answer.status}` : answer.error;
    if ('status' in answer && answer.status === spec.expectStatus) return { ok: true, attempts, last };
    if (clock.monotonicMs() >= deadline) {
      return { ok: false, attempts, last: `${spec.url}: ${last} (expected HTTP ${spec.expectStatus})` };
    }
    await clock.sleep(Math.min(spec.intervalMs ?? 200, Math.max(0, deadline - clock.monotonicMs())));
  }
}
