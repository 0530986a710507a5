import pg from 'pg';
import {
  columnFact,
  enumFact,
  foreignKeyFact,
  indexFact,
  partialIndexFact,
  tableFact,
  type SchemaFacts,
} from './schema-shape.js';

const ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};
const ATTNAMES = (keys: string, rel: string): string =>
  `array(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.attnum ORDER BY k.ord)`;

/** The public schema of a migrated database as read from pg_catalog (Prisma's bookkeeping table excluded). */
export async function databaseSchemaFacts(url: string): Promise<SchemaFacts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const facts: SchemaFacts = new Set();
    const columns = await client.query<{
      table: string;
      column: string;
      type: string;
      not_null: boolean;
      dflt: string | null;
    }>(
      `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
              a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS dflt
         FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND c.relname <> '_prisma_migrations'`,
    );
    for (const row of columns.rows) {
      facts.add(tableFact(row.table));
      facts.add(columnFact(row.table, row.column, row.type, row.not_null, row.dflt));
    }
    const indexes = await client.query<{
      table: string;
      name: string;
      unique: boolean;
      primary: boolean;
      columns: string[];
      predicate: string | null;
    }>(
      `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
              ${ATTNAMES('ix.indkey', 't.oid')} AS columns, pg_get_expr(ix.indpred, ix.indrelid) AS predicate
         FROM pg_index ix
         JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
    );
    for (const row of indexes.rows) {
      if (row.predicate !== null) {
        facts.add(partialIndexFact(row.unique, row.table, row.name, row.columns, row.predicate));
        continue;
      }
      const kind = row.primary ? 'primary key' : row.unique ? 'unique' : 'index';
      facts.add(indexFact(kind, row.table, row.name, row.columns));
    }
    const foreignKeys = await client.query<{
      name: string;
      table: string;
      ref_table: string;
      on_delete: string;
      on_update: string;
      columns: string[];
      ref_columns: string[];
    }>(
      `SELECT c.conname AS name, t.relname AS table, rt.relname AS ref_table,
              c.confdeltype AS on_delete, c.confupdtype AS on_update,
              ${ATTNAMES('c.conkey', 'c.conrelid')} AS columns, ${ATTNAMES('c.confkey', 'c.confrelid')} AS ref_columns
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class rt ON rt.oid = c.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    for (const row of foreignKeys.rows) {
      facts.add(
        foreignKeyFact(
          row.table,
          row.name,
          row.columns,
          row.ref_table,
          row.ref_columns,
          action(row.on_delete),
          action(row.on_update),
        ),
      );
    }
    const enums = await client.query<{ name: string; labels: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    for (const row of enums.rows) facts.add(enumFact(row.name, row.labels));
    return facts;
  } finally {
    await client.end();
  }
}

function action(code: string): string {
  const sql = ACTIONS[code];
  if (!sql) throw new Error(`unknown referential action code ${code}`);
  return sql;
}
