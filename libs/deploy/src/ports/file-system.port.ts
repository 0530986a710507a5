/**
 * Everything the publisher does to a disk. Durability is part of the contract: `writeDurable` returns only
 * once the bytes are on stable storage, and `syncDir` makes renames/unlinks in a directory survive a power cut.
 */
export interface FileSystem {
  /** The file's bytes, or null when it does not exist. */
  read(path: string): Promise<Buffer | null>;
  /** Creates `path` (must not exist), writes `data`, fsyncs it. */
  writeDurable(path: string, data: string, mode: number): Promise<void>;
  /** Atomic replace (same file system). */
  rename(from: string, to: string): Promise<void>;
  /** Unlinks; false when it was already absent. */
  remove(path: string): Promise<boolean>;
  /** chmod + fsync of a file another program wrote (a dbm map httxt2dbm built): durable, readable by Apache. */
  settle(path: string, mode: number): Promise<void>;
  /** A second name for `existing` (hard link; a durable copy where links are not possible). */
  link(existing: string, newPath: string): Promise<void>;
  /** fsync of a directory, so entries created, renamed or removed in it are durable. */
  syncDir(dir: string): Promise<void>;
  /** mkdir -p. */
  ensureDir(dir: string): Promise<void>;
  isDirectory(path: string): Promise<boolean>;
  /** Names of the entries of a directory ([] when it does not exist). */
  list(dir: string): Promise<string[]>;
  /** lstat: what the name itself is (a symlink is reported, never followed); null when absent. */
  inspect(path: string): Promise<PathInfo | null>;
  /** The canonical path, every symlink resolved. */
  realpath(path: string): Promise<string>;
}

export interface PathInfo {
  kind: 'directory' | 'symlink' | 'file' | 'other';
  /** Device id: renames are atomic only within one. */
  dev: number;
}
