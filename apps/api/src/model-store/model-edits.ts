import { AppError } from '../platform/errors/app-error.js';

/** PATCH semantics: absent fields keep their value; explicit nulls stay (they clear nullable fields). */
export function definedFields<T extends object>(patch: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

/**
 * The object as the locked model has it; missing means it was deleted since the caller looked it up
 * (outside the lock), so the write answers 404 like a request that came a moment later.
 */
export function requireIn<T extends { id: string }>(items: readonly T[], id: string, what: string): T {
  const found = items.find((item) => item.id === id);
  if (found === undefined) throw new AppError('NOT_FOUND', `${what} ${id} does not exist.`);
  return found;
}

export function replaceIn<T extends { id: string }>(items: readonly T[], next: T): T[] {
  return items.map((item) => (item.id === next.id ? next : item));
}

export function removeFrom<T extends { id: string }>(items: readonly T[], id: string): T[] {
  return items.filter((item) => item.id !== id);
}
