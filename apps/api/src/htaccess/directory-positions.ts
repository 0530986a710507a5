import type { CachedModel } from '../model-cache/cached-model.js';

/**
 * Directory id → position in model.directories, per cached model. A batch's successor inherits its map:
 * rules-only writes never add, drop or move a directory. Models loaded from the database build it once.
 */
const directoryPositions = new WeakMap<CachedModel, ReadonlyMap<string, number>>();

export function positionsOf(cached: CachedModel): ReadonlyMap<string, number> {
  let positions = directoryPositions.get(cached);
  if (positions === undefined) {
    positions = new Map(cached.model.directories.map((directory, i) => [directory.id, i]));
    directoryPositions.set(cached, positions);
  }
  return positions;
}

/** `next` is a rules-only successor of the model `positions` belongs to. */
export function inheritPositions(next: CachedModel, positions: ReadonlyMap<string, number>): void {
  directoryPositions.set(next, positions);
}
