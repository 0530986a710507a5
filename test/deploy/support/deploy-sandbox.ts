import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  JOURNAL_FILE,
  SCRATCH_NAME,
  sha256Of,
  targetPathFor,
  type DeployFile,
  type DeployTarget,
} from '#deploy';

/** A fake server under one temp root: configDir, journal dir and tenant "home" directories. */
export interface Sandbox {
  root: string;
  configDir: string;
  journalDir: string;
  target: DeployTarget;
  /** Disk path of a rendered path. */
  at(path: string): string;
  cleanup(): void;
}

export const TENANT_DIRS = [
  '/home/bob/public_html',
  '/home/bob/blog',
  '/home/joe/public_html',
  '/home/joe/new',
];

export function makeSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'hp-deploy-'));
  const configDir = join(root, 'etc/hostplane');
  const journalDir = join(root, 'var/lib/hostplane');
  for (const dir of TENANT_DIRS) mkdirSync(join(root, dir), { recursive: true });
  const target = { configDir, rootPrefix: root };
  return {
    root,
    configDir,
    journalDir,
    target,
    at: (path) => targetPathFor(path, target),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function file(path: string, content: string): DeployFile {
  return { path, content, sha256: sha256Of(content) };
}

/** Digest (or null) of every rendered path in `paths`, as it is on disk now. */
export function diskDigests(sandbox: Sandbox, paths: Iterable<string>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const path of [...new Set(paths)].sort()) {
    try {
      out[path] = sha256Of(readFileSync(sandbox.at(path)));
    } catch {
      out[path] = null;
    }
  }
  return out;
}

/** What a revision looks like on disk: its files with their digests, every other path absent. */
export function expectedDigests(
  files: readonly DeployFile[],
  allPaths: Iterable<string>,
): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  const byPath = new Map(files.map((f) => [f.path, f.sha256]));
  for (const path of [...new Set(allPaths)].sort()) out[path] = byPath.get(path) ?? null;
  return out;
}

/** Scratch files (staged, backups, configtest copies) and journals left anywhere under the root. */
export function leftovers(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SCRATCH_NAME.test(name) || name.startsWith(JOURNAL_FILE)) found.push(path);
    }
  };
  walk(root);
  return found;
}

export function inodeAndMtime(path: string): string {
  const s = statSync(path, { bigint: true });
  return `${s.ino}:${s.mtimeNs}`;
}
