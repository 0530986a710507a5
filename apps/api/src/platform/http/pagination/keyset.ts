import { AppError } from '../../errors/app-error.js';
import type { Page, PageRequest } from './pagination.query.js';

/** The sort key: creation order (ties broken by id), or id alone for tables without created_at. */
export type KeysetOrder = 'createdAt' | 'id';
export type Direction = 'asc' | 'desc';

interface KeyedRow {
  id: string;
  createdAt?: Date;
}

interface CursorValue {
  /** createdAt as epoch milliseconds (columns are TIMESTAMPTZ(3): exact). */
  c?: number;
  i: string;
}

type CreatedAtWhere =
  | Record<string, never>
  | {
      OR: [
        { createdAt: { gt: Date } | { lt: Date } },
        { createdAt: Date; id: { gt: string } | { lt: string } },
      ];
    };
type IdWhere = Record<string, never> | { id: { gt: string } | { lt: string } };

export interface Keyset<W> {
  /** AND this with the list's filters. */
  readonly where: W;
  readonly orderBy: { createdAt?: Direction; id?: Direction }[];
  /** One more than the page, to know whether another page follows. */
  readonly take: number;
  /** Cuts the extra row and encodes the cursor from the last row kept; `map` shapes each item. */
  page<R extends KeyedRow, T>(rows: readonly R[], map: (row: R) => T): Page<T>;
}

/**
 * Keyset (seek) pagination: stable under concurrent inserts and O(limit) at any depth, unlike OFFSET.
 *
 *   const ks = keyset(query, 'createdAt');
 *   const rows = await db.server.findMany({ where: { AND: [filters, ks.where] }, orderBy: ks.orderBy, take: ks.take });
 *   return ks.page(rows, toServerDto);
 */
export function keyset(
  request: PageRequest,
  order: 'createdAt',
  direction?: Direction,
): Keyset<CreatedAtWhere>;
export function keyset(request: PageRequest, order: 'id', direction?: Direction): Keyset<IdWhere>;
export function keyset(
  request: PageRequest,
  order: KeysetOrder,
  direction: Direction = 'asc',
): Keyset<CreatedAtWhere | IdWhere> {
  const cursor = request.cursor === undefined ? undefined : decodeCursor(request.cursor, order);
  const cmp = direction === 'asc' ? 'gt' : 'lt';
  let where: CreatedAtWhere | IdWhere = {};
  if (cursor !== undefined && order === 'id') {
    where = { id: cmp === 'gt' ? { gt: cursor.i } : { lt: cursor.i } };
  } else if (cursor !== undefined) {
    const at = new Date(cursor.c ?? 0);
    where = {
      OR: [
        { createdAt: cmp === 'gt' ? { gt: at } : { lt: at } },
        { createdAt: at, id: cmp === 'gt' ? { gt: cursor.i } : { lt: cursor.i } },
      ],
    };
  }
  return {
    where,
    orderBy: order === 'id' ? [{ id: direction }] : [{ createdAt: direction }, { id: direction }],
    take: request.limit + 1,
    page: (rows, map) => {
      const kept = rows.slice(0, request.limit);
      const last = kept.at(-1);
      const more = rows.length > request.limit && last !== undefined;
      return { items: kept.map(map), nextCursor: more ? encodeCursor(last, order) : null };
    },
  };
}

function encodeCursor(row: KeyedRow, order: KeysetOrder): string {
  const value: CursorValue = order === 'id' ? { i: row.id } : { c: row.createdAt?.getTime() ?? 0, i: row.id };
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function decodeCursor(cursor: string, order: KeysetOrder): CursorValue {
  const invalid = () =>
    new AppError('REQUEST_INVALID', 'The cursor is not one this list returned.', {
      diagnostics: [
        { code: 'INVALID_CURSOR', severity: 'error', path: '/cursor', message: 'Unknown cursor' },
      ],
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalid();
  const { c, i } = parsed as { c?: unknown; i?: unknown };
  if (typeof i !== 'string') throw invalid();
  if (order === 'id') return { i };
  if (typeof c !== 'number' || !Number.isFinite(c)) throw invalid();
  return { c, i };
}
