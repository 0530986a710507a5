/**
 * Capped exponential back-off with jitter: after an outage, thousands of agents must not hit the API in
 * the same second. The delay lies in [cap/2, cap] where cap = min(max, base·2^(failures-1)).
 */
export function backoffDelay(
  failures: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(cap / 2 + (random() * cap) / 2);
}

/** Resolves after `ms`, or at once when the signal aborts (SIGTERM must not wait out a long back-off). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
