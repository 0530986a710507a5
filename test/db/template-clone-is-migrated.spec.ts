import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '#test-support/test-database.js';

describe('a test database cloned from the template', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('is fully migrated and usable through the Prisma client with the pg adapter', async () => {
    const prisma = database.prisma();
    const server = await prisma.server.create({ data: { name: 'web1' } });
    expect(server.modWsgiVersion).toBe('4.9');
    expect(server.configDir).toBe('/etc/apache2/hostplane');
    const rows = await prisma.$queryRaw<
      { migration_name: string }[]
    >`SELECT migration_name FROM _prisma_migrations`;
    expect(rows.map((row) => row.migration_name)).toContain('20251121000000_init');
  });
});
