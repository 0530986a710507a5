export interface Clock {
  /** Wall time, for the journal and logs. */
  now(): Date;
  /** Monotonic milliseconds, for step durations and deadlines. */
  monotonicMs(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  monotonicMs: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
