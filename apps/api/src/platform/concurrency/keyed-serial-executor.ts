/**
 * Runs tasks one at a time per key (a server id, in practice) and tasks of different keys in parallel.
 * The one in-process queue of the API: publishing, cache-aware model writes and the .htaccess group commit
 * all serialise per server through an instance of this, so a failure of one task never blocks the next.
 */
export class KeyedSerialExecutor {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** True while a task of this key runs or waits (a group commit uses it to decide whether to batch). */
  busy(key: string): boolean {
    return this.tails.has(key);
  }
}
