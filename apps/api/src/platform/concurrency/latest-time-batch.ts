/**
 * Per key, the latest time noted, written for all keys in one call once per interval instead of a statement
 * per event (the agents' last seen, API tokens' lastUsedAt). A write that fails is retried with the next one,
 * newer times winning; stop() writes what is left (call it before the database disconnects).
 */
export class LatestTimeBatch {
  private noted = new Map<string, Date>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (keys: string[], times: Date[]) => Promise<void>,
    private readonly failed: (error: unknown) => void,
    everyMs = 1_000,
  ) {
    this.timer = setInterval(() => void this.flush(), everyMs).unref();
  }

  note(key: string, at: Date): void {
    this.noted.set(key, at);
  }

  /** Writes what was noted so far (tests call it to skip the wait). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writeNoted());
    return this.flushing;
  }

  stop(): Promise<void> {
    clearInterval(this.timer);
    return this.flush();
  }

  private async writeNoted(): Promise<void> {
    if (this.noted.size === 0) return;
    const batch = this.noted;
    this.noted = new Map();
    try {
      await this.write([...batch.keys()], [...batch.values()]);
    } catch (error) {
      for (const [key, at] of batch) if (!this.noted.has(key)) this.noted.set(key, at);
      this.failed(error);
    }
  }
}
