import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync } from 'node:fs';

export interface UnixAccount {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

function lookup(name: string): UnixAccount | null {
  try {
    const line = execFileSync('getent', ['passwd', name], { encoding: 'utf8' }).trim();
    const [user, , uid, gid, , home] = line.split(':');
    if (user !== name || uid === undefined || gid === undefined || home === undefined) return null;
    return { name, uid: Number(uid), gid: Number(gid), home };
  } catch {
    return null;
  }
}

function groupExists(name: string): boolean {
  try {
    execFileSync('getent', ['group', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Parallel Jest workers may race on /etc/passwd's lock; useradd then fails and we retry. */
function createAccount(name: string): void {
  const groupArgs = groupExists(name) ? ['-g', name] : ['-U'];
  for (let attempt = 0; ; attempt++) {
    try {
      execFileSync('useradd', ['-m', ...groupArgs, '-s', '/usr/sbin/nologin', name], { stdio: 'pipe' });
      return;
    } catch (error) {
      if (lookup(name) !== null) return; // another worker created it meanwhile
      if (attempt >= 10) throw error;
      sleepSync(200);
    }
  }
}

/**
 * Makes sure each unix user exists with a same-named group and an existing home directory
 * (a daemon whose home is missing never serves: spec §1.5). Idempotent.
 */
export function ensureUnixUsers(names: readonly string[]): UnixAccount[] {
  return names.map((name) => {
    if (lookup(name) === null) createAccount(name);
    const account = lookup(name);
    if (account === null) throw new Error(`unix user ${name} could not be created`);
    if (!groupExists(name)) throw new Error(`unix group ${name} is missing`);
    if (!existsSync(account.home)) {
      mkdirSync(account.home, { recursive: true, mode: 0o755 });
      chownSync(account.home, account.uid, account.gid);
    }
    return account;
  });
}
