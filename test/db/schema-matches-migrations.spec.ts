import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#test-support/test-database.js';
import { databaseSchemaFacts } from './support/database-schema-facts.js';
import { loadDatamodel, readRepoSchema, type Datamodel } from './support/prisma-datamodel.js';
import { prismaSchemaFacts } from './support/prisma-schema-facts.js';
import { compareFacts, declaredPartialIndexFacts, type SchemaFacts } from './support/schema-shape.js';

// No schema engine here, so `prisma migrate diff` is unavailable: this spec is the proof that the
// hand-written migrations build exactly what prisma/schema.prisma declares.
const MUTATIONS: [label: string, from: string, to: string][] = [
  ['a nullable column made required', 'socketPrefix     String?', 'socketPrefix     String'],
  ['a new field', '  prefix     String\n', '  prefix     String\n  scopes     String[]\n'],
  [
    'a changed referential action',
    'references: [id], onDelete: Cascade)\n\n  @@index([userId])',
    'references: [id], onDelete: Restrict)\n\n  @@index([userId])',
  ],
  ['a dropped unique constraint', '  @@unique([directoryId, position])\n', ''],
  ['a renamed column', '@map("token_hash")', '@map("token_digest")'],
  ['a new enum value', '  rolled_back\n', '  rolled_back\n  archived\n'],
];

describe('the migrated database matches prisma/schema.prisma', () => {
  let database: TestDatabase;
  let migrated: SchemaFacts;
  let declared: SchemaFacts;
  const mutatedFacts = new Map<string, SchemaFacts>();
  const schema = readRepoSchema();

  beforeAll(async () => {
    database = await createTestDatabase();
    migrated = await databaseSchemaFacts(database.url);
    // Each Prisma parse is a `prisma generate` run (seconds): run them side by side.
    const [original, ...mutated] = await Promise.all([
      loadDatamodel(schema),
      ...MUTATIONS.map(([, from, to]) => {
        if (!schema.includes(from)) throw new Error(`mutation target not found in schema.prisma: ${from}`);
        return loadDatamodel(schema.replace(from, to));
      }),
    ]);
    declared = new Set([...prismaSchemaFacts(original as Datamodel), ...declaredPartialIndexFacts(schema)]);
    MUTATIONS.forEach(([label], i) => mutatedFacts.set(label, prismaSchemaFacts(mutated[i] as Datamodel)));
  }, 120_000);
  afterAll(async () => {
    await database.drop();
  });

  it('has every model, column, type, nullability, default, key, index and enum, and nothing else', () => {
    expect(compareFacts(declared, migrated)).toEqual([]);
    // Guard against a vacuous pass: the facts cover the whole model (at least the tables of 2026-01; new
    // models only add to these).
    expect([...declared].filter((fact) => fact.startsWith('table ')).length).toBeGreaterThanOrEqual(13);
    expect([...declared].filter((fact) => fact.startsWith('foreign key ')).length).toBeGreaterThanOrEqual(14);
  });

  it('fails when a partial index of the migrations loses its `// partial index:` line in schema.prisma', () => {
    const withoutComments = new Set([...declared].filter((fact) => !fact.startsWith('partial ')));
    expect(compareFacts(withoutComments, migrated)).toEqual([
      "only in the database: partial unique daemon_group_restarts_one_pending_per_group ON daemon_group_restarts (daemon_group_id) WHERE (state = 'pending'::text)",
    ]);
  });

  it.each(MUTATIONS)('fails when schema.prisma gains %s without a migration', (label) => {
    const mutated = mutatedFacts.get(label);
    expect(mutated).toBeDefined();
    expect(compareFacts(mutated as SchemaFacts, migrated).length).toBeGreaterThan(0);
  });

  it('fails when the database gains a column, index or constraint schema.prisma does not declare', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('ALTER TABLE tenants ADD COLUMN quota INTEGER');
      await client.query('CREATE INDEX tenants_unix_group_idx ON tenants (unix_group)');
      await client.query('ALTER TABLE directories ALTER COLUMN url_path SET NOT NULL');
      await client.query(
        "CREATE UNIQUE INDEX tenants_one_wheel ON tenants (unix_group) WHERE unix_group = 'wheel'",
      );
    } finally {
      await client.end();
    }
    const differences = compareFacts(declared, await databaseSchemaFacts(database.url));
    expect(differences).toEqual(
      expect.arrayContaining([
        'only in the database: column tenants.quota integer',
        'only in the database: index tenants_unix_group_idx ON tenants (unix_group)',
        'only in the database: column directories.url_path text NOT NULL',
        'only in schema.prisma: column directories.url_path text',
        "only in the database: partial unique tenants_one_wheel ON tenants (unix_group) WHERE (unix_group = 'wheel'::text)",
      ]),
    );
  });
});
