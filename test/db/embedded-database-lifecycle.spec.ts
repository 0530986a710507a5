import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { findFreePort, startDatabase, type RunningDatabase } from '../../libs/db/src/index.js';
import { readPostmasterPid } from '../../libs/db/src/embedded/data-dir-claims.js';
import { processesWithCwd } from '../../libs/db/src/embedded/process-table.js';
import { eventually } from '#test-support/eventually.js';

const root = mkdtempSync(join(tmpdir(), 'hostplane-embedded-'));
chmodSync(root, 0o755); // as root, PostgreSQL runs as the postgres user and must reach the data dir
const dataDir = join(root, 'data');
const started: RunningDatabase[] = [];

async function start(port?: number): Promise<RunningDatabase> {
  const database = await startDatabase({ dataDir, port: port ?? (await findFreePort()), databaseUrl: null });
  started.push(database);
  return database;
}

async function sql(url: string, text: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

const timing = (label: string, ms: number | null): void => {
  if (process.env.HOSTPLANE_TEST_PG_TIMINGS)
    console.log(`[embedded] ${label}: ${ms === null ? '-' : Math.round(ms)} ms`);
};

describe('the embedded PostgreSQL', () => {
  afterAll(async () => {
    for (const database of started) await database.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('initialises once, keeps its data across stop and start, and leaves no process behind', async () => {
    const cold = await start();
    timing(
      'cold start (initdb + start)',
      cold.timings.initdbMs === null ? null : cold.timings.initdbMs + cold.timings.startMs,
    );
    expect(cold.timings.initdbMs).not.toBeNull();
    await sql(cold.url, "CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('survives')");
    await cold.stop();
    expect(processesWithCwd(dataDir)).toEqual([]);
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);

    const warm = await start();
    timing('warm start', warm.timings.startMs);
    expect(warm.timings.initdbMs).toBeNull();
    expect(await sql(warm.url, 'SELECT v FROM kept')).toEqual([{ v: 'survives' }]);
    await warm.stop();
    await warm.stop(); // idempotent
    expect(processesWithCwd(dataDir)).toEqual([]);
  });

  it('refuses a second instance on the same data directory with a clear error and keeps the first running', async () => {
    const first = await start();
    const pid = readPostmasterPid(dataDir);
    await expect(start()).rejects.toThrow(
      `another Hostplane is already using ${dataDir} (postmaster.pid pid ${pid})`,
    );
    expect(await sql(first.url, 'SELECT v FROM kept')).toEqual([{ v: 'survives' }]);
    await first.stop();
  });

  it('says clearly when its port is taken by another program', async () => {
    const port = await findFreePort();
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      await expect(start(port)).rejects.toThrow(
        `port ${port} on 127.0.0.1 is already in use by another program`,
      );
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
    expect(processesWithCwd(dataDir)).toEqual([]);
  });

  it('recovers after the postmaster was SIGKILLed, keeping committed data', async () => {
    const crashed = await start();
    await sql(crashed.url, "INSERT INTO kept VALUES ('committed before the crash')");
    const pid = readPostmasterPid(dataDir);
    expect(pid).not.toBeNull();
    process.kill(pid as number, 'SIGKILL');
    await eventually(() => processesWithCwd(dataDir).length === 0, {
      what: 'no process left in the data directory',
      timeoutMs: 15_000,
      intervalMs: 25,
    });
    expect(readPostmasterPid(dataDir)).toBe(pid); // the stale pid file is still there

    const recovered = await start();
    expect(await sql(recovered.url, 'SELECT count(*)::int AS n FROM kept')).toEqual([{ n: 2 }]);
    await recovered.stop();
  });

  it('starts over a stale postmaster.pid whose pid now belongs to an unrelated live process', async () => {
    const pidFile = join(dataDir, 'postmaster.pid');
    const database = await start();
    const content = readFileSync(pidFile, 'utf8');
    await database.stop();
    // As after a crash and a reboot: the recorded pid was reused by some other program (here, this one).
    writeFileSync(pidFile, content.replace(/^\d+/, String(process.pid)));
    const again = await start();
    expect(await sql(again.url, 'SELECT count(*)::int AS n FROM kept')).toEqual([{ n: 2 }]);
    await again.stop();
  });

  it('reclaims a cluster orphaned by a Hostplane that was SIGKILLed', async () => {
    const port = await findFreePort();
    const script = join(dirname(fileURLToPath(import.meta.url)), 'support', 'start-database.child.mjs');
    const child = spawn(process.execPath, [script, dataDir, String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
      child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
    });
    const { url } = JSON.parse(line) as { url: string };
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(processesWithCwd(dataDir).length).toBeGreaterThan(0); // postgres outlived its Hostplane
    expect(await sql(url, 'SELECT 1 AS up')).toEqual([{ up: 1 }]);

    const successor = await start();
    expect(await sql(successor.url, 'SELECT count(*)::int AS n FROM kept')).toEqual([{ n: 2 }]);
    await successor.stop();
    expect(processesWithCwd(dataDir)).toEqual([]);
  });
});
