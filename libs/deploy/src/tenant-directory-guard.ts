import { posix } from 'node:path';
import type { JournalEntry } from './journal.js';
import type { FileSystem } from './ports/file-system.port.js';
import { fileKind, type DeployTarget } from './target-path.js';

/** Why a tenant directory was refused: a component is a symlink, not a directory, or resolves elsewhere. */
export type UnsafeReason = 'symlink' | 'not-a-directory' | 'resolves-elsewhere';

/**
 * A directory that must hold an .htaccess is not a plain directory path: writing through it would follow a
 * tenant's symlink into another tenant's (or root's) directory. Nothing is written there; the apply is
 * refused, or rolled back when the link appeared mid-apply.
 */
export class UnsafeDirectoryError extends Error {
  readonly code = 'DEPLOY_UNSAFE_DIRECTORY';

  constructor(
    /** The rendered .htaccess path (as in the model, without rootPrefix). */
    readonly renderedPath: string,
    /** The directory on disk that was refused. */
    readonly directory: string,
    /** The first offending component (may be an ancestor of `directory`). */
    readonly component: string,
    readonly reason: UnsafeReason,
  ) {
    super(`refusing to write into ${directory} for ${renderedPath}: ${component} is ${describe(reason)}`);
    this.name = 'UnsafeDirectoryError';
  }
}

function describe(reason: UnsafeReason): string {
  if (reason === 'symlink') return 'a symbolic link';
  if (reason === 'not-a-directory') return 'not a directory';
  return 'not where its path says (realpath differs)';
}

/**
 * The publisher runs as root and tenants own the directories their .htaccess lives in, so every name in
 * such a path may be swapped for a symlink at any time. Before each operation on a tenant file this lstat()s
 * every component from the root prefix down (a symlink or non-directory anywhere is refused) and requires
 * realpath(parent) to be the path itself.
 *
 * TOCTOU: this narrows the window, it does not close it. Between the check and the rename/link/unlink that
 * follows, the tenant can still replace a directory with a symlink, because Node has no openat()/O_NOFOLLOW
 * for directories (every fs call re-resolves the path). What closes it: doing the .htaccess writes as the
 * tenant's own unix user (a symlink then only reaches what the tenant could write anyway), or a small helper
 * that opens the directory chain with openat(O_NOFOLLOW|O_DIRECTORY) and uses renameat/linkat/unlinkat on
 * the held descriptor. docs/architecture.md (publishing) says the same.
 */
export class TenantDirectoryGuard {
  private realPrefix: string | undefined;

  constructor(
    private readonly fs: FileSystem,
    private readonly target: DeployTarget,
  ) {}

  /** Only .htaccess files live in tenant directories; the config tree is root's own. */
  static guards(renderedPath: string): boolean {
    return fileKind(renderedPath) === 'htaccess';
  }

  /**
   * Checks the directory that holds `renderedPath` on disk. `absent` when a component does not exist (then
   * nothing can be followed either); throws UnsafeDirectoryError when it is not a plain directory path.
   */
  async check(renderedPath: string): Promise<'present' | 'absent'> {
    if (!TenantDirectoryGuard.guards(renderedPath)) return 'present';
    const prefix = this.prefix();
    const parent = posix.dirname(renderedPath);
    const directory = `${prefix}${parent}`;
    let path = prefix;
    for (const name of parent.split('/').filter((n) => n !== '')) {
      path = `${path}/${name}`;
      const info = await this.fs.inspect(path);
      if (info === null) return 'absent';
      if (info.kind === 'symlink') throw new UnsafeDirectoryError(renderedPath, directory, path, 'symlink');
      if (info.kind !== 'directory')
        throw new UnsafeDirectoryError(renderedPath, directory, path, 'not-a-directory');
    }
    this.realPrefix ??= prefix === '' ? '' : await this.fs.realpath(prefix);
    const real = await this.fs.realpath(directory);
    if (real !== `${this.realPrefix}${parent}`)
      throw new UnsafeDirectoryError(renderedPath, directory, directory, 'resolves-elsewhere');
    return 'present';
  }

  /** For journal entries: checks the entry's directory when it is a tenant's. */
  async assertEntry(entry: JournalEntry): Promise<void> {
    await this.check(entry.path);
  }

  private prefix(): string {
    const p = this.target.rootPrefix;
    if (p === undefined || p === '/') return '';
    return p.endsWith('/') ? p.slice(0, -1) : p;
  }
}

/** Duck-typed like fs errors: the error may cross a vm realm in tests. */
export function isUnsafeDirectoryError(error: unknown): error is UnsafeDirectoryError {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error as { code: unknown }).code === 'DEPLOY_UNSAFE_DIRECTORY'
  );
}
