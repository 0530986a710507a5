import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { dataDirInUse, EmbeddedDatabaseError, portInUse } from './embedded-database.error.js';
import { readOwner, readPostmasterPid, removeOwner, withStartLock, writeOwner } from './data-dir-claims.js';
import {
  initialiseCluster,
  isInitialised,
  postgresRunAs,
  readSuperuserPassword,
  SUPERUSER,
  type RunAs,
} from './initialise-cluster.js';
import { loadPostgresBinaries } from './postgres-binaries.js';
import { ensureSearchable } from './traversable-path.js';
import { isPortFree } from './port-probe.js';
import { isAlive, processesWithCwd } from './process-table.js';

export const DEFAULT_EMBEDDED_PORT = 5433;
export const DEFAULT_DATABASE_NAME = 'hostplane';
const LOG_FILE = 'hostplane-postgres.log';

export interface StartDatabaseOptions {
  /** An external PostgreSQL; when set nothing is embedded. undefined = process.env.DATABASE_URL; null = always embed. */
  databaseUrl?: string | null;
  /** Embedded cluster directory; default <cwd>/.data/postgres. Initialised on first start, kept afterwards. */
  dataDir?: string;
  port?: number;
  databaseName?: string;
  /** Extra `postgres -c name=value` settings, e.g. {fsync: 'off'} for throw-away test clusters. */
  settings?: Record<string, string>;
  log?: (message: string) => void;
}

export interface RunningDatabase {
  /** URL of the application database. */
  url: string;
  /** URL of a maintenance database on the same server (CREATE/DROP DATABASE). */
  adminUrl: string;
  embedded: boolean;
  dataDir: string | null;
  timings: { initdbMs: number | null; startMs: number };
  /** Stops the embedded PostgreSQL and waits until every one of its processes is gone. Idempotent. */
  stop(): Promise<void>;
}

export async function startDatabase(options: StartDatabaseOptions = {}): Promise<RunningDatabase> {
  const log = options.log ?? (() => undefined);
  const external = options.databaseUrl === undefined ? process.env.DATABASE_URL : options.databaseUrl;
  if (external) {
    log('using the external PostgreSQL from DATABASE_URL');
    const stop = async (): Promise<void> => undefined;
    return {
      url: external,
      adminUrl: external,
      embedded: false,
      dataDir: null,
      timings: { initdbMs: null, startMs: 0 },
      stop,
    };
  }
  const port = options.port ?? DEFAULT_EMBEDDED_PORT;
  const databaseName = options.databaseName ?? DEFAULT_DATABASE_NAME;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseName))
    throw new Error(`invalid database name: ${databaseName}`);
  const binaries = await loadPostgresBinaries();
  const runAs = postgresRunAs();
  let dataDir = resolve(options.dataDir ?? join(process.cwd(), '.data', 'postgres'));
  if (runAs) {
    // The binaries' folder (native/bin, native/lib, native/share) and the data folder's parent.
    ensureSearchable(dirname(dirname(binaries.initdb)), runAs, log);
    ensureSearchable(dirname(dataDir), runAs, log);
  }

  let initdbMs: number | null = null;
  if (!isInitialised(dataDir)) {
    const started = performance.now();
    log(`initialising a new PostgreSQL cluster in ${dataDir}`);
    await initialiseCluster(dataDir, binaries.initdb, runAs);
    initdbMs = performance.now() - started;
  }
  dataDir = realpathSync(dataDir); // /proc/<pid>/cwd shows the real path
  const started = performance.now();
  const child = await withStartLock(dataDir, async () => {
    await claimDataDir(dataDir, log);
    if (!(await isPortFree(port))) throw portInUse(port);
    const postmaster = await spawnPostmaster(binaries.postgres, dataDir, port, runAs, options.settings ?? {});
    writeOwner(dataDir);
    return postmaster;
  });
  const password = readSuperuserPassword(dataDir);
  const base = `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const handle = embeddedHandle(child, dataDir);
  try {
    await ensureDatabase(`${base}/postgres`, databaseName);
  } catch (error) {
    await handle.stop();
    throw error;
  }
  const startMs = performance.now() - started;
  log(`embedded PostgreSQL on 127.0.0.1:${port} (data ${dataDir}) ready in ${Math.round(startMs)} ms`);
  return {
    url: `${base}/${databaseName}`,
    adminUrl: `${base}/postgres`,
    embedded: true,
    dataDir,
    timings: { initdbMs, startMs },
    stop: handle.stop,
  };
}

/**
 * Decide whether we may start PostgreSQL on dataDir: refuse if a live Hostplane runs it; shut down a
 * cluster orphaned by a Hostplane that was SIGKILLed; remove a postmaster.pid left by a crashed
 * postmaster once no process is attached to the directory any more (its pid may have been reused).
 */
async function claimDataDir(dataDir: string, log: (message: string) => void): Promise<void> {
  const postmasterPid = readPostmasterPid(dataDir);
  if (processesWithCwd(dataDir).length > 0) {
    const owner = readOwner(dataDir);
    if (owner === null || isAlive(owner) || postmasterPid === null)
      throw dataDirInUse(dataDir, postmasterPid);
    log(`stopping PostgreSQL pid ${postmasterPid} orphaned by a Hostplane (pid ${owner.pid}) that is gone`);
    process.kill(postmasterPid, 'SIGINT');
    if (!(await waitUntil(() => processesWithCwd(dataDir).length === 0, 30_000))) {
      throw dataDirInUse(dataDir, postmasterPid);
    }
  } else if (postmasterPid !== null) {
    log(`removing stale postmaster.pid (pid ${postmasterPid} is not a PostgreSQL of ${dataDir})`);
    rmSync(join(dataDir, 'postmaster.pid'), { force: true });
  }
  removeOwner(dataDir);
}

async function spawnPostmaster(
  postgres: string,
  dataDir: string,
  port: number,
  runAs: RunAs | undefined,
  settings: Record<string, string>,
): Promise<ChildProcess> {
  const logPath = join(dataDir, LOG_FILE);
  const logFd = openSync(logPath, 'a');
  const logOffset = statSync(logPath).size;
  const config = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...settings };
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    ...Object.entries(config).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
  ];
  // Own process group: a Ctrl-C on the terminal reaches Hostplane, which then stops PostgreSQL in order.
  const child = spawn(postgres, args, {
    ...runAs,
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, LC_ALL: 'C' },
  });
  closeSync(logFd);
  child.unref();
  let exitCode: number | null | undefined;
  child.once('exit', (code, signal) => (exitCode = code ?? (signal ? -1 : null)));
  const ready = await waitUntil(
    async () => exitCode !== undefined || (await acceptsConnections(port)),
    60_000,
  );
  if (exitCode !== undefined || !ready) {
    if (exitCode === undefined) child.kill('SIGQUIT');
    const output = readFileSync(logPath, 'utf8').slice(logOffset);
    if (/lock file "postmaster\.pid" already exists/.test(output))
      throw dataDirInUse(dataDir, readPostmasterPid(dataDir));
    if (/could not bind|Address already in use/.test(output)) throw portInUse(port);
    throw new EmbeddedDatabaseError('START_FAILED', `embedded PostgreSQL did not start:\n${output.trim()}`);
  }
  return child;
}

/** Any answer from the server, even an authentication error, means the postmaster accepts connections. */
async function acceptsConnections(port: number): Promise<boolean> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: SUPERUSER,
    password: 'probe',
    database: 'postgres',
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    // 57P03 = "the database system is starting up"
    return code !== undefined && code !== '57P03' && !code.startsWith('E');
  }
}

function embeddedHandle(child: ChildProcess, dataDir: string): { stop: () => Promise<void> } {
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
  // If the process exits without stop() (uncaught error, process.exit), ask PostgreSQL to shut down
  // rather than leave it orphaned. Only synchronous work is possible here.
  const onExit = (): void => void child.kill('SIGINT');
  process.once('exit', onExit);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      process.off('exit', onExit);
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
      if (!(await settled(exited, 30_000))) {
        child.kill('SIGQUIT');
        await exited;
      }
      // The postmaster waits for its children, but make "no orphan processes" a checked fact.
      await waitUntil(() => processesWithCwd(dataDir).length === 0, 10_000);
      removeOwner(dataDir);
    })());
  return { stop };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created concurrently
      });
    }
  } finally {
    await client.end();
  }
}

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((done) => setTimeout(done, 25));
  }
}

async function settled(promise: Promise<void>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((done) => (timer = setTimeout(() => done(false), timeoutMs)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
