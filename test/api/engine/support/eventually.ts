/**
 * Repeats `attempt` until it returns a value (not undefined) or `timeoutMs` passes; returns the value and
 * how long it took. For effects that arrive asynchronously (a NOTIFY from another replica).
 */
export async function eventually<T>(
  attempt: () => Promise<T | undefined>,
  timeoutMs = 3_000,
): Promise<{ value: T; elapsedMs: number }> {
  const started = performance.now();
  for (;;) {
    const value = await attempt();
    const elapsedMs = performance.now() - started;
    if (value !== undefined) return { value, elapsedMs };
    if (elapsedMs > timeoutMs) throw new Error(`not observed within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
