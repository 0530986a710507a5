import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';
import { hasErrorCode } from './fs-errors.js';
import type { FileSystem } from './ports/file-system.port.js';

/** Another live process is applying to the same journal directory. */
export class DeployBusyError extends Error {
  readonly code = 'DEPLOY_BUSY';

  constructor(readonly holderPid: number) {
    super(`another publish (pid ${holderPid}) holds the deploy lock`);
    this.name = 'DeployBusyError';
  }
}

/** Tells this process from an earlier one that had the same pid (containers restart as pid 1). */
const INCARNATION = randomBytes(8).toString('hex');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return hasErrorCode(error, 'EPERM');
  }
}

/**
 * One apply or recovery per journal directory at a time: recovery of a live apply would undo it.
 * The lock file holds the owner's pid; a dead owner's lock (SIGKILL, power loss) is taken over.
 */
export async function withApplyLock<T>(
  fs: FileSystem,
  journalDir: string,
  work: () => Promise<T>,
): Promise<T> {
  await fs.ensureDir(journalDir);
  const lock = posix.join(journalDir, 'apply.lock');
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.writeDurable(lock, `${process.pid} ${INCARNATION}\n`, 0o600);
      break;
    } catch (error) {
      if (!hasErrorCode(error, 'EEXIST') || attempt > 2) throw error;
      const [pidText = '', incarnation = ''] = ((await fs.read(lock))?.toString('utf8') ?? '')
        .trim()
        .split(' ');
      const holder = Number(pidText);
      const earlierSelf = holder === process.pid && incarnation !== INCARNATION;
      if (Number.isInteger(holder) && holder > 0 && !earlierSelf && alive(holder)) {
        throw new DeployBusyError(holder);
      }
      await fs.remove(lock);
    }
  }
  try {
    return await work();
  } finally {
    await fs.remove(lock);
  }
}
