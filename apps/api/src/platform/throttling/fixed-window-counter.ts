interface Window {
  count: number;
  endsAt: number;
}

/** Memory bound: past it, ended windows are swept, then the oldest go. */
const MAX_KEYS = 100_000;

/** What one hit saw: whether it is within the limit, what remains and when the window ends. */
export interface Hit {
  readonly allowed: boolean;
  readonly remaining: number;
  readonly resetSeconds: number;
}

/**
 * Requests per key in fixed windows, in this process's memory (each replica counts alone). Fixed windows
 * allow up to twice the limit across a window boundary: acceptable for a generous abuse limit.
 */
export class FixedWindowCounter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
  ) {}

  hit(key: string, now: number): Hit {
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { count: 0, endsAt: now + this.windowSeconds * 1000 };
      this.windows.set(key, window);
      if (this.windows.size > MAX_KEYS) this.sweep(now);
    }
    // Refused requests are not counted: a client that keeps knocking is not punished beyond the window.
    const allowed = window.count < this.limit;
    if (allowed) window.count += 1;
    return {
      allowed,
      remaining: this.limit - window.count,
      resetSeconds: Math.max(1, Math.ceil((window.endsAt - now) / 1000)),
    };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
    let drop = this.windows.size - Math.floor(MAX_KEYS * 0.75);
    for (const key of this.windows.keys()) {
      if (drop-- <= 0) break;
      this.windows.delete(key);
    }
  }
}
