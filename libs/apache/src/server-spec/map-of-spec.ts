import type { ProcessGroupMap } from '../model/server-model.js';
import type { ProcessGroupMapSpec } from './server-spec.js';

/** As the row mapper reads a map back (format left out when txt), so an unchanged map compares equal. */
export function mapOfSpec(map: ProcessGroupMapSpec | null): ProcessGroupMap | null {
  if (map === null) return null;
  const { format, ...rest } = map;
  return format === 'dbm' ? { ...rest, format } : rest;
}
