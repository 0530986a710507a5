import type { JsonObject, JsonValue } from '../../platform/database/rows.js';

/**
 * Narrowing helpers for the JSON columns. We wrote these values ourselves through the mappers, so a shape
 * mismatch means a corrupt row: fail loudly rather than hand the engine something it was never meant to see.
 */
export class CorruptRowError extends Error {
  constructor(table: string, id: string, column: string) {
    super(`${table} ${id}: column ${column} does not hold the expected JSON shape`);
    this.name = 'CorruptRowError';
  }
}

export function isRecord(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringRecord(value: JsonValue, fail: () => Error): Record<string, string> {
  if (!isRecord(value)) throw fail();
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string') throw fail();
    out[key] = item;
  }
  return out;
}

export function stringArray(value: JsonValue | undefined, fail: () => Error): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw fail();
  return value as string[];
}
