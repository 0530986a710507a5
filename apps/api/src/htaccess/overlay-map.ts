/** Changed entries above this many are folded into a fresh flat map, so lookups stay at most two probes. */
const MAX_OVERLAY = 512;

/**
 * An immutable ReadonlyMap that is `base` with a few entries replaced (never added or removed: rules-only
 * changes keep the key set). Each cached revision after an .htaccess write shares the previous revision's
 * 20k-entry map instead of copying it, which removed the per-batch O(directories) allocation that showed
 * up as GC pauses in the PUT tail. Neither `base` nor `changes` is ever mutated after construction.
 */
export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly changes: ReadonlyMap<K, V>,
  ) {}

  /** A view of `base` with `changes` on top that follows later edits of `changes` (the caller's own map). */
  static view<K, V>(base: ReadonlyMap<K, V>, changes: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
    return new OverlayMap(base, changes);
  }

  /** `before` with `updates` applied; keys of `updates` must already be in `before`. */
  static replacing<K, V>(before: ReadonlyMap<K, V>, updates: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
    if (updates.size === 0) return before;
    const base = before instanceof OverlayMap ? (before.base as ReadonlyMap<K, V>) : before;
    const changes = new Map(before instanceof OverlayMap ? (before.changes as ReadonlyMap<K, V>) : undefined);
    for (const [key, value] of updates) changes.set(key, value);
    if (changes.size <= MAX_OVERLAY) return new OverlayMap(base, changes);
    const flat = new Map(base);
    for (const [key, value] of changes) flat.set(key, value);
    return flat;
  }

  get size(): number {
    return this.base.size;
  }

  get(key: K): V | undefined {
    return this.changes.has(key) ? this.changes.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base)
      yield [key, this.changes.has(key) ? (this.changes.get(key) as V) : value];
  }

  *keys(): MapIterator<K> {
    yield* this.base.keys();
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
