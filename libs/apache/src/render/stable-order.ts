import { compareText } from './rendered-file.js';

/** Sorted copy by a text key, ties broken by id, so insertion order never shows in the output. */
export function sortByKeyThenId<T extends { id: string }>(
  items: readonly T[],
  key: (item: T) => string,
): T[] {
  return sortInPlace([...items], (a, b) => compareText(key(a), key(b)) || compareText(a.id, b.id));
}

export function sortedTexts(items: readonly string[]): string[] {
  return sortInPlace([...items], compareText);
}

/** Record entries in key order (SetEnv blocks, daemon options). */
export function sortedEntries<V>(record: Readonly<Record<string, V>>): [string, V][] {
  return sortInPlace(Object.entries(record), ([a], [b]) => compareText(a, b));
}

/** Below this, insertion sort: Array#sort allocates a work array per call, and most lists here hold 1–4 items. */
const SMALL = 16;

/** Stable like Array#sort, so both paths give the same order for the same comparator. */
function sortInPlace<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SMALL) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
