import type { ChangeListener } from './change-listener.js';

interface Entry<V> {
  readonly epoch: number;
  readonly value: V;
}

/**
 * Values by key kept in memory while, and only while, the change listener is live (docs/decisions/0005):
 * an entry is trusted only in the listener epoch it was loaded in; forget() (a notification for its key, or
 * this replica's own write) drops it; a load that overlapped any forget() or a reconnect is answered but
 * not kept, since it may have read the old row. Absent values (null) are not cached. While the listener is
 * down every get() loads, as if there were no cache.
 */
export class NotifiedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  /** Bumped by every invalidation. */
  private changes = 0;

  constructor(
    private readonly listener: ChangeListener,
    /** Bound on the entries; beyond it the map is simply emptied (each is one query away). */
    private readonly maxEntries: number,
  ) {}

  async get(key: string, load: () => Promise<V | null>): Promise<V | null> {
    const epoch = this.listener.liveEpoch();
    const hit = this.entries.get(key);
    if (hit !== undefined && epoch !== null && hit.epoch === epoch) return hit.value;
    const changes = this.changes;
    const value = await load();
    if (value === null || epoch === null) return value;
    if (this.listener.liveEpoch() !== epoch || this.changes !== changes) return value;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { epoch, value });
    return value;
  }

  forget(key: string): void {
    this.changes++;
    this.entries.delete(key);
  }

  forgetAll(): void {
    this.changes++;
    this.entries.clear();
  }
}
