import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { findFreePort, startDatabase, type RunningDatabase } from '../../libs/db/src/index.js';

// A fresh clone made under `mktemp -d` sits in a 0700 folder. As root, PostgreSQL runs as the postgres
// user, which could not reach a data folder (or the binaries in node_modules) below it: initdb failed
// with EACCES. startDatabase must make the path searchable, and only searchable.
describe('embedded PostgreSQL in a checkout below a private (0700) folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'hostplane-private-')); // mkdtemp creates it 0700
  let database: RunningDatabase | undefined;
  afterAll(async () => {
    await database?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('starts, answers queries, and opened the folder for search only', async () => {
    expect(statSync(root).mode & 0o777).toBe(0o700);
    database = await startDatabase({
      dataDir: join(root, 'checkout', '.data', 'postgres'),
      port: await findFreePort(),
      databaseUrl: null,
    });
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
    }
    const mode = statSync(root).mode & 0o777;
    if (process.getuid?.() === 0) expect(mode).toBe(0o701);
    else expect(mode).toBe(0o700);
  });
});
