import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { boot, type RunningApi } from '#api/boot.js';
import { createTestDatabase, type TestDatabase } from '#test-support/test-database.js';
import { LogCapture } from '#test-support/app/log-capture.js';

describe('boot(): what main.ts runs, against an external DATABASE_URL', () => {
  let database: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'hostplane-boot-'));
  });
  afterAll(async () => {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const env = () => ({
    DATABASE_URL: database.url,
    PORT: '0',
    HOST: '127.0.0.1',
    HOSTPLANE_DATA_DIR: dataDir,
  });

  it('migrates, creates the first admin, listens, and a restart keeps tokens valid', async () => {
    const logs = new LogCapture();
    let api: RunningApi | undefined = await boot(env(), logs);
    let token: string;
    try {
      const listening = logs.find((l) => String(l.msg).startsWith('Hostplane API listening on'));
      expect(listening?.docs).toBe(`${api.url}/docs`);
      await expect(fetch(`${api.url}/ready`).then((r) => r.status)).resolves.toBe(200);
      const password = String(logs.find((l) => typeof l.bootstrapPassword === 'string')?.bootstrapPassword);
      const login = await fetch(`${api.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(login.status).toBe(200);
      token = ((await login.json()) as { accessToken: string }).accessToken;
    } finally {
      await api.stop();
    }
    // Second start: no new admin, same persisted JWT secret, so the earlier token still works.
    const secondLogs = new LogCapture();
    api = await boot(env(), secondLogs);
    try {
      expect(secondLogs.find((l) => 'bootstrapPassword' in l)).toBeUndefined();
      const me = await fetch(`${api.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(200);
    } finally {
      await api.stop();
    }
  });

  it('fails without leaving anything running when the database cannot be reached', async () => {
    const unreachable = { ...env(), DATABASE_URL: 'postgresql://nobody:nothing@127.0.0.1:1/none' };
    await expect(boot(unreachable, new LogCapture())).rejects.toThrow();
  });
});
