import { readdir, readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  argv0IsTitle,
  cutTitleClash,
  daemonProcessTitle,
  type DaemonGroupIdentity,
} from './daemon-process-title.js';

/** A process that looks like a daemon of the group, and the mod_wsgi listener socket it holds. */
interface Candidate {
  pid: number;
  /** argv[0] without mod_wsgi's padding: the title, or the part of it Apache's argv[0] kept. */
  argv0: string;
  /** "<prefix>.<apache pid>.<generation>.<group number>": one per daemon group of one Apache. */
  listener: string;
  /** Its start time (stat field 22) and raw argv[0]: a pid Linux gave to another process differs here. */
  stamp: string;
}

export interface GroupDaemons {
  pids: number[];
  /** Why nothing may be signalled (no display-name, ambiguous title); empty when `pids` are the group's. */
  problems: string[];
}

/**
 * The pids of one daemon group's processes, read from /proc only. A process belongs to the group when its
 * argv[0] is the group's display-name title AND it holds a mod_wsgi listener socket
 * "<prefix>.<ppid>.<generation>.<n>.sock" whose pid is its own parent (the Apache that forked it) and whose
 * prefix is the server's WSGISocketPrefix: every daemon keeps only its own group's listener open (measured),
 * so the title finds the candidates and the socket proves which Apache and which group they serve. Titles
 * that lead to more than one listener (a cut title shared by two groups, another Apache's group of the same
 * name) are refused rather than guessed.
 */
export async function findGroupDaemons(
  identity: DaemonGroupIdentity,
  procDir = '/proc',
): Promise<GroupDaemons> {
  const { processes, problems } = await findGroupDaemonProcesses(identity, procDir);
  return { pids: processes.map((p) => p.pid), problems };
}

/** The group's processes with their stamps (see processStamp), or why nothing may be signalled. */
export async function findGroupDaemonProcesses(
  identity: DaemonGroupIdentity,
  procDir = '/proc',
): Promise<{ processes: { pid: number; stamp: string }[]; problems: string[] }> {
  const refused = (problem: string) => ({ processes: [], problems: [problem] });
  const title = daemonProcessTitle(identity);
  if (title === null) {
    return refused(
      `daemon group ${identity.name} has no display-name: its processes cannot be told from Apache's (set display-name=%{GROUP})`,
    );
  }
  const { socketPrefix } = identity;
  if (socketPrefix === null) {
    // Without it a listener of any prefix would do: another Apache's group of the same title (ADR 0008).
    return refused(
      `the server of daemon group ${identity.name} has no WSGISocketPrefix: its processes cannot be told from another Apache's group of the same title (set the server's socketPrefix)`,
    );
  }
  const others = identity.otherTitles ?? [];
  if (others.includes(title)) {
    return refused(
      `daemon group ${identity.name} shares its display-name title "${title}" with another group: nothing signalled`,
    );
  }
  const longer = cutTitleClash(title, others);
  if (longer !== undefined) {
    return refused(
      `the title "${title}" of daemon group ${identity.name} is how Apache's argv[0] may show the longer title "${longer}" of another group: nothing signalled (give it a display-name no other one starts with)`,
    );
  }
  const sockets = await unixSocketPaths(procDir);
  let entries: string[];
  try {
    entries = (await readdir(procDir)).filter((e) => /^\d+$/.test(e));
  } catch (error) {
    return refused(`cannot read ${procDir}: ${(error as Error).message}`);
  }
  const found = await Promise.all(
    entries.map((pid) => candidate(procDir, Number(pid), title, socketPrefix, sockets)),
  );
  const candidates = found.filter((c): c is Candidate => c !== null);
  // A cut title ("(wsgi:bob:applica") is ours only if no other group's title starts the same way.
  const cut = candidates.find((c) => c.argv0 !== title && others.some((t) => t.startsWith(c.argv0)));
  if (cut !== undefined) {
    return refused(
      `Apache's argv[0] cuts the title "${title}" of daemon group ${identity.name} to "${cut.argv0}", which another group's title starts with too: nothing signalled (set a shorter display-name)`,
    );
  }
  const listeners = [...new Set(candidates.map((c) => c.listener))];
  if (listeners.length > 1) {
    return refused(
      `the title "${title}" of daemon group ${identity.name} is shared by ${listeners.length} daemon groups (${listeners.join(', ')}): nothing signalled`,
    );
  }
  const processes = candidates.map(({ pid, stamp }) => ({ pid, stamp })).sort((a, b) => a.pid - b.pid);
  return { processes, problems: [] };
}

async function candidate(
  procDir: string,
  pid: number,
  title: string,
  socketPrefix: string,
  sockets: Map<string, string>,
): Promise<Candidate | null> {
  try {
    const argv0 = (await readFile(join(procDir, String(pid), 'cmdline'), 'latin1')).split('\0')[0] ?? '';
    if (!argv0IsTitle(argv0, title)) return null;
    const stat = await readFile(join(procDir, String(pid), 'stat'), 'latin1');
    const ppid = statFields(stat)[1];
    const fdDir = join(procDir, String(pid), 'fd');
    for (const fd of await readdir(fdDir)) {
      const inode = /^socket:\[(\d+)\]$/.exec(await readlink(join(fdDir, fd)).catch(() => ''))?.[1];
      const path = inode === undefined ? undefined : sockets.get(inode);
      const m = path === undefined ? null : /^(.*)\.(\d+)\.(\d+)\.(\d+)\.sock$/.exec(path);
      if (m === null || m[2] !== ppid) continue;
      if (m[1] !== socketPrefix) continue;
      const stamp = stampOf(stat, argv0);
      return { pid, argv0: argv0.replace(/ +$/, ''), listener: path!.slice(0, -'.sock'.length), stamp };
    }
    return null;
  } catch {
    return null; // gone meanwhile, or not ours to read
  }
}

/**
 * "<start time> <argv[0]>" of a running pid, null when it is gone: compared right before the signal, so a pid
 * that exited and was given to another process after /proc was read is not signalled (SIGUSR1 kills most).
 */
export async function processStamp(procDir: string, pid: number): Promise<string | null> {
  try {
    const [stat, cmdline] = await Promise.all([
      readFile(join(procDir, String(pid), 'stat'), 'latin1'),
      readFile(join(procDir, String(pid), 'cmdline'), 'latin1'),
    ]);
    return stampOf(stat, cmdline.split('\0')[0] ?? '');
  } catch {
    return null;
  }
}

/** stat's fields after "pid (comm)": [0] state, [1] ppid, … [19] start time (field 22). */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function stampOf(stat: string, argv0: string): string {
  return `${statFields(stat)[19] ?? ''} ${argv0}`;
}

/** inode → path of every bound unix socket (/proc/net/unix: "Num RefCount Protocol Flags Type St Inode Path"). */
async function unixSocketPaths(procDir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let text: string;
  try {
    text = await readFile(join(procDir, 'net', 'unix'), 'latin1');
  } catch {
    return out;
  }
  for (const line of text.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length >= 8 && fields[7]!.startsWith('/')) out.set(fields[6]!, fields.slice(7).join(' '));
  }
  return out;
}
