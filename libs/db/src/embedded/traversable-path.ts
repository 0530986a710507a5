import { chmodSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { RunAs } from './initialise-cluster.js';

/**
 * Root runs PostgreSQL as the `postgres` user, which must be able to reach the binaries (inside
 * node_modules) and the data folder. A checkout under a `mktemp -d` folder (mode 0700) blocks that:
 * initdb fails with EACCES. For every ancestor the user cannot search, add only the search bit for
 * others (o+x): directory listings stay private, and nothing else changes. Returns the folders changed.
 */
export function ensureSearchable(path: string, runAs: RunAs, log: (message: string) => void): string[] {
  const changed: string[] = [];
  for (const dir of ancestors(resolve(path))) {
    let mode: number;
    let uid: number;
    let gid: number;
    try {
      ({ mode, uid, gid } = statSync(dir));
    } catch {
      continue; // not created yet: whoever creates it decides its mode
    }
    if (canSearch(mode, uid, gid, runAs)) continue;
    chmodSync(dir, (mode & 0o7777) | 0o001);
    changed.push(dir);
  }
  if (changed.length > 0) {
    log(`made ${changed.join(', ')} searchable (o+x) so the postgres user can reach PostgreSQL's files`);
  }
  return changed;
}

function canSearch(mode: number, uid: number, gid: number, runAs: RunAs): boolean {
  if (uid === runAs.uid) return (mode & 0o100) !== 0;
  if (gid === runAs.gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/** "/a/b/c" → ["/", "/a", "/a/b", "/a/b/c"] */
function ancestors(path: string): string[] {
  const chain: string[] = [];
  for (let dir = path; ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (dirname(dir) === dir) return chain;
  }
}
