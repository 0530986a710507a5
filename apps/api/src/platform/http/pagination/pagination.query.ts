import { z } from 'zod';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;

/** `limit` and `cursor`, shared by every list endpoint. Query strings are text, hence the coercion. */
export const paginationShape = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(DEFAULT_PAGE_LIMIT),
  cursor: z.string().min(1).max(512).optional().describe('Opaque; the nextCursor of the previous page'),
};

/**
 * A list endpoint's query schema: pagination plus its filters. Strict like the bodies, so a misspelt filter
 * (?nmae=) is a 400 instead of silently returning everything.
 *
 *   export const serverListQuery = listQuery({ name: z.string().optional() }).meta({ id: 'ServerListQuery' });
 *   list(@Query({ schema: serverListQuery }) query: z.infer<typeof serverListQuery>)
 */
export function listQuery<Shape extends z.core.$ZodLooseShape>(filters: Shape) {
  return z.strictObject({ ...paginationShape, ...filters });
}

export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** The response shape of every list: api-v1.md's `{items, nextCursor}`. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
