import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface DaemonProcess {
  group: string;
  pid: number;
  startedAt: string | null;
  rssBytes: number | null;
}

/** Linux's USER_HZ and page size on every platform the agent targets. */
const CLOCK_TICKS_PER_SECOND = 100;
const PAGE_SIZE = 4096;

/**
 * mod_wsgi daemon processes of groups with `display-name=%{GROUP}` rename themselves "(wsgi:<group>)": that
 * name is how they are told apart (without it, they carry Apache's own name and are not listed). Reads
 * /proc only: no process is signalled or attached to.
 */
export async function readDaemonProcesses(procDir: string): Promise<DaemonProcess[]> {
  let entries: string[];
  try {
    entries = await readdir(procDir);
  } catch {
    return [];
  }
  const bootMs = await bootTimeMs(procDir);
  const found = await Promise.all(
    entries.filter((e) => /^\d+$/.test(e)).map((pid) => daemonProcess(procDir, Number(pid), bootMs)),
  );
  return found
    .filter((p): p is DaemonProcess => p !== null)
    .sort((a, b) => a.group.localeCompare(b.group) || a.pid - b.pid);
}

async function daemonProcess(
  procDir: string,
  pid: number,
  bootMs: number | null,
): Promise<DaemonProcess | null> {
  try {
    // mod_wsgi writes the name over argv[0] (padded with spaces); Apache's other arguments follow.
    const argv0 = (await readFile(join(procDir, String(pid), 'cmdline'), 'latin1')).split('\0')[0] ?? '';
    const group = /^\(wsgi:(.+)\)\s*$/.exec(argv0)?.[1];
    if (group === undefined) return null;
    const [stat, statm] = await Promise.all([
      readFile(join(procDir, String(pid), 'stat'), 'latin1').catch(() => null),
      readFile(join(procDir, String(pid), 'statm'), 'latin1').catch(() => null),
    ]);
    // Fields after the parenthesised name; starttime is field 22 of stat (index 19 after the name).
    const ticks = stat === null ? NaN : Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const pages = statm === null ? NaN : Number(statm.split(' ')[1]);
    return {
      group,
      pid,
      startedAt:
        bootMs === null || !Number.isFinite(ticks)
          ? null
          : new Date(bootMs + (ticks * 1000) / CLOCK_TICKS_PER_SECOND).toISOString(),
      rssBytes: Number.isFinite(pages) ? pages * PAGE_SIZE : null,
    };
  } catch {
    return null; // gone meanwhile, or not ours to read
  }
}

async function bootTimeMs(procDir: string): Promise<number | null> {
  try {
    const btime = /^btime (\d+)$/m.exec(await readFile(join(procDir, 'stat'), 'latin1'))?.[1];
    return btime === undefined ? null : Number(btime) * 1000;
  } catch {
    return null;
  }
}
