import { compareText } from './rendered-file.js';

/** Sorted copy by a text key, ties broken by id, so insertion order never shows in the output. */
export function sortByKeyThenId<T extends { id: string }>(
  items: readonly T[],
  key: (item: T) => string,
): T[] {
  return [...items].sort((a, b) => compareText(key(a), key(b)) || compareText(a.id, b.id));
}

export function sortedTexts(items: readonly string[]): string[] {
  // Most lists hold one item (one address, one handler extension): no comparator call for those.
  return items.length < 2 ? [...items] : [...items].sort(compareText);
}

/** Record entries in key order (SetEnv blocks, daemon options). */
export function sortedEntries<V>(record: Readonly<Record<string, V>>): [string, V][] {
  const entries = Object.entries(record);
  return entries.length < 2 ? entries : entries.sort(([a], [b]) => compareText(a, b));
}
