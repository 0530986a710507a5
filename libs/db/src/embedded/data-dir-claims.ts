import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { currentProcessIdentity, isAlive, type ProcessIdentity } from './process-table.js';

// Files Hostplane keeps beside PostgreSQL's own inside the data directory.
const OWNER_FILE = 'hostplane.owner';

/** First line of postmaster.pid: the postmaster's pid (possibly stale after a crash). */
export function readPostmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** The Hostplane process that started the running cluster, if any recorded. */
export function readOwner(dataDir: string): ProcessIdentity | null {
  return readIdentity(join(dataDir, OWNER_FILE));
}

export function writeOwner(dataDir: string): void {
  writeFileSync(join(dataDir, OWNER_FILE), JSON.stringify(currentProcessIdentity()) + '\n');
}

export function removeOwner(dataDir: string): void {
  rmSync(join(dataDir, OWNER_FILE), { force: true });
}

/**
 * Serialises "check the directory, then start postgres" between processes (O_EXCL lock file beside the
 * data dir). Without it two starters could both judge a stale postmaster.pid removable and race.
 * A lock left by a crashed starter is broken when its process no longer exists.
 */
export async function withStartLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const lockPath = `${dataDir}.start-lock`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, JSON.stringify(currentProcessIdentity()));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readIdentity(lockPath);
      // An unreadable lock is either being written this instant or left half-written by a crash.
      const abandoned = holder === null ? ageMs(lockPath) > 5_000 : !isAlive(holder);
      if (abandoned) {
        rmSync(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${lockPath} (held by pid ${holder?.pid})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

function readIdentity(path: string): ProcessIdentity | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ProcessIdentity>;
    return typeof parsed.pid === 'number' && typeof parsed.startTime === 'string'
      ? { pid: parsed.pid, startTime: parsed.startTime }
      : null;
  } catch {
    return null;
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
