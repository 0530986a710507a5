import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { MigrationError, migrateDatabase, pendingMigrations } from '../../libs/db/src/index.js';
import { adminQuery, testDatabaseUrl } from '#test-support/test-database.js';

const created: string[] = [];
const dirs: string[] = [];

async function emptyDatabase(): Promise<string> {
  const name = `hostplane_runner_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  created.push(name);
  return testDatabaseUrl(name);
}

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostplane-migrations-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(files)) writeMigration(dir, name, sql);
  return dir;
}

function writeMigration(dir: string, name: string, sql: string): void {
  mkdirSync(join(dir, name), { recursive: true });
  writeFileSync(join(dir, name, 'migration.sql'), sql);
}

async function rows(url: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name')).rows;
  } finally {
    await client.end();
  }
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('the migration runner reproduces prisma migrate deploy', () => {
  afterAll(async () => {
    for (const name of created) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  let url: string;
  beforeEach(async () => {
    url = await emptyDatabase();
  });

  it('applies folders in name order and records Prisma rows with SHA-256 checksums; a re-run does nothing', async () => {
    const second = 'CREATE TABLE b (id INT REFERENCES a(id));\n';
    const dir = migrationsDir({
      '20250102000000_b': second,
      '20250101000000_a': 'CREATE TABLE a (id INT PRIMARY KEY);\n',
    });
    const first = await migrateDatabase(url, dir);
    expect(first.applied).toEqual(['20250101000000_a', '20250102000000_b']);
    const recorded = await rows(url);
    expect(recorded.map((row) => row.migration_name)).toEqual(['20250101000000_a', '20250102000000_b']);
    expect(recorded[1]).toMatchObject({
      checksum: createHash('sha256').update(second).digest('hex'),
      applied_steps_count: 1,
      rolled_back_at: null,
      logs: null,
    });
    expect(recorded[1]?.finished_at).toBeInstanceOf(Date);
    expect(String(recorded[1]?.id)).toMatch(/^[0-9a-f-]{36}$/);

    const again = await migrateDatabase(url, dir);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toHaveLength(2);
    expect(await rows(url)).toHaveLength(2);
    expect(await pendingMigrations(url, dir)).toEqual([]);
  });

  it('rolls a failing migration back, leaves finished_at NULL and blocks later deploys with P3009', async () => {
    const dir = migrationsDir({
      '20250101000000_ok': 'CREATE TABLE ok (id INT);\n',
      '20250102000000_broken': 'CREATE TABLE half (id INT);\nSELECT * FROM no_such_table;\n',
    });
    const failure = await migrateDatabase(url, dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).code).toBe('P3018');
    expect((failure as MigrationError).message).toContain('no_such_table');

    const broken = (await rows(url)).find((row) => row.migration_name === '20250102000000_broken');
    expect(broken).toMatchObject({ finished_at: null, rolled_back_at: null, applied_steps_count: 0 });
    expect(String(broken?.logs)).toContain('no_such_table');
    // One transaction per file: the table created before the error is gone.
    expect((await query(url, "SELECT to_regclass('half') AS t")).rows[0]?.t).toBeNull();

    writeMigration(dir, '20250103000000_later', 'CREATE TABLE later (id INT);\n');
    const blocked = await migrateDatabase(url, dir).catch((error: unknown) => error);
    expect((blocked as MigrationError).code).toBe('P3009');
    expect((blocked as MigrationError).message).toContain('`20250102000000_broken` migration started at');
    expect((await query(url, "SELECT to_regclass('later') AS t")).rows[0]?.t).toBeNull();
    expect(await pendingMigrations(url, dir)).toEqual(['20250102000000_broken', '20250103000000_later']);

    // What `prisma migrate resolve --rolled-back` does; then a fixed file applies with a new row.
    await query(
      url,
      `UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '20250102000000_broken'`,
    );
    writeMigration(dir, '20250102000000_broken', 'CREATE TABLE half (id INT);\n');
    const resumed = await migrateDatabase(url, dir);
    expect(resumed.applied).toEqual(['20250102000000_broken', '20250103000000_later']);
    expect((await rows(url)).filter((row) => row.migration_name === '20250102000000_broken')).toHaveLength(2);
    expect(await pendingMigrations(url, dir)).toEqual([]);
  });

  it('serialises concurrent runners with the advisory lock: every migration is applied exactly once', async () => {
    const dir = migrationsDir({
      '20250101000000_slow': 'CREATE TABLE slow (id INT);\nSELECT pg_sleep(0.5);\n',
      '20250102000000_next': 'CREATE TABLE next (id INT);\n',
    });
    const [one, two] = await Promise.all([migrateDatabase(url, dir), migrateDatabase(url, dir)]);
    expect([...one.applied, ...two.applied].sort()).toEqual(['20250101000000_slow', '20250102000000_next']);
    expect([one.applied.length, two.applied.length].sort()).toEqual([0, 2]);
    expect(await rows(url)).toHaveLength(2);
  });

  it('reports a migration whose file changed after it was applied, as prisma does, without failing', async () => {
    const dir = migrationsDir({ '20250101000000_a': 'CREATE TABLE a (id INT);\n' });
    await migrateDatabase(url, dir);
    writeMigration(dir, '20250101000000_a', 'CREATE TABLE a (id BIGINT);\n');
    const report = await migrateDatabase(url, dir);
    expect(report.modifiedAfterApply).toEqual(['20250101000000_a']);
    expect(report.applied).toEqual([]);
  });
});
