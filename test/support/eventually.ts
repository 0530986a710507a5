export interface EventuallyOptions {
  /** Named in the timeout error. */
  readonly what?: string;
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
}

/**
 * Repeats `attempt` until it returns a value (neither undefined nor false) or `timeoutMs` passes; returns
 * the value and how long it took. For effects that arrive asynchronously: a NOTIFY from another replica,
 * an agent's poll, Apache's graceful restart. The short default interval keeps elapsedMs precise for
 * in-process effects; pass a longer one when each attempt is costly (a request through Apache). The
 * timeout only ends a wait that will never succeed: it is no speed requirement, so it is generous.
 */
export async function eventually<T>(
  attempt: () => Promise<T | undefined | false> | T | undefined | false,
  { what = 'the expected effect', timeoutMs = 10_000, intervalMs = 2 }: EventuallyOptions = {},
): Promise<{ value: T; elapsedMs: number }> {
  const started = performance.now();
  for (;;) {
    const value = await attempt();
    const elapsedMs = performance.now() - started;
    if (value !== undefined && value !== false) return { value, elapsedMs };
    if (elapsedMs > timeoutMs) throw new Error(`${what}: not observed within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
