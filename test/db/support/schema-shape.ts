/**
 * A database schema as a set of canonical one-line facts ("column servers.name text NOT NULL", "fk …"),
 * so the schema.prisma side and the PostgreSQL side compare with a plain set difference and every
 * mismatch reads as a sentence.
 */
export type SchemaFacts = Set<string>;

export const tableFact = (table: string): string => `table ${table}`;

export const columnFact = (
  table: string,
  column: string,
  type: string,
  notNull: boolean,
  dflt: string | null,
): string =>
  `column ${table}.${column} ${type}${notNull ? ' NOT NULL' : ''}${dflt === null ? '' : ` DEFAULT ${dflt}`}`;

export const indexFact = (
  kind: 'primary key' | 'unique' | 'index',
  table: string,
  name: string,
  columns: string[],
): string => `${kind} ${name} ON ${table} (${columns.join(', ')})`;

/**
 * A partial index (Prisma cannot declare one): schema.prisma names it in a `// partial index:` comment, the database
 * reads it from pg_index with its predicate as PostgreSQL prints it.
 */
export const partialIndexFact = (
  unique: boolean,
  table: string,
  name: string,
  columns: string[],
  predicate: string,
): string =>
  `partial ${unique ? 'unique' : 'index'} ${name} ON ${table} (${columns.join(', ')}) WHERE ${predicate}`;

/** The partial indexes schema.prisma declares in comments: `// partial index: <fact as partialIndexFact prints it>`. */
export function declaredPartialIndexFacts(schemaText: string): SchemaFacts {
  const facts: SchemaFacts = new Set();
  for (const match of schemaText.matchAll(/^\s*\/\/ partial index: (partial .+)$/gm))
    facts.add(match[1]!.trim());
  return facts;
}

export const foreignKeyFact = (
  table: string,
  name: string,
  columns: string[],
  refTable: string,
  refColumns: string[],
  onDelete: string,
  onUpdate: string,
): string =>
  `foreign key ${name} ON ${table} (${columns.join(', ')}) REFERENCES ${refTable} (${refColumns.join(', ')}) ` +
  `ON DELETE ${onDelete} ON UPDATE ${onUpdate}`;

export const enumFact = (name: string, values: string[]): string => `enum ${name} (${values.join(', ')})`;

/** Facts only one side has, labelled with the side; empty when the two agree. */
export function compareFacts(fromPrisma: SchemaFacts, fromDatabase: SchemaFacts): string[] {
  return [
    ...[...fromPrisma]
      .filter((fact) => !fromDatabase.has(fact))
      .map((fact) => `only in schema.prisma: ${fact}`),
    ...[...fromDatabase]
      .filter((fact) => !fromPrisma.has(fact))
      .map((fact) => `only in the database: ${fact}`),
  ].sort();
}
