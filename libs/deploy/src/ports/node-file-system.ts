import { constants } from 'node:fs';
import {
  copyFile,
  link,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  stat,
  unlink,
} from 'node:fs/promises';
import { hasErrorCode } from '../fs-errors.js';
import type { FileSystem, PathInfo } from './file-system.port.js';

async function fsyncPath(path: string, flags: number): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The real disk, through node:fs with explicit fsyncs. */
export class NodeFileSystem implements FileSystem {
  async read(path: string): Promise<Buffer | null> {
    try {
      return await readFile(path);
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return null;
      throw error;
    }
  }

  async writeDurable(path: string, data: string, mode: number): Promise<void> {
    // 'wx': never follow or reuse a name someone else prepared (the directories may be tenant-writable).
    const handle = await open(path, 'wx', mode);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.chmod(mode); // the umask must not decide what Apache may read
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async settle(path: string, mode: number): Promise<void> {
    const handle = await open(path, 'r+');
    try {
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  rename(from: string, to: string): Promise<void> {
    return rename(from, to);
  }

  async remove(path: string): Promise<boolean> {
    try {
      await unlink(path);
      return true;
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT')) return false;
      throw error;
    }
  }

  async link(existing: string, newPath: string): Promise<void> {
    try {
      await link(existing, newPath);
    } catch (error) {
      if (!hasErrorCode(error, 'EPERM', 'EXDEV', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK')) throw error;
      await copyFile(existing, newPath, constants.COPYFILE_EXCL);
      await fsyncPath(newPath, constants.O_RDONLY);
    }
  }

  syncDir(dir: string): Promise<void> {
    return fsyncPath(dir, constants.O_RDONLY | constants.O_DIRECTORY);
  }

  async ensureDir(dir: string): Promise<void> {
    await mkdir(dir, { recursive: true, mode: 0o755 });
  }

  async isDirectory(path: string): Promise<boolean> {
    try {
      return (await stat(path)).isDirectory();
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT', 'ENOTDIR')) return false;
      throw error;
    }
  }

  async list(dir: string): Promise<string[]> {
    try {
      return await readdir(dir);
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT', 'ENOTDIR')) return [];
      throw error;
    }
  }

  async inspect(path: string): Promise<PathInfo | null> {
    try {
      const s = await lstat(path);
      const kind = s.isSymbolicLink()
        ? 'symlink'
        : s.isDirectory()
          ? 'directory'
          : s.isFile()
            ? 'file'
            : 'other';
      return { kind, dev: s.dev };
    } catch (error) {
      if (hasErrorCode(error, 'ENOENT', 'ENOTDIR')) return null;
      throw error;
    }
  }

  realpath(path: string): Promise<string> {
    return realpath(path);
  }
}
