import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  argv0IsTitle,
  daemonProcessTitle,
  findGroupDaemons,
  restartDaemonGroup,
  type Clock,
  type DaemonGroupIdentity,
} from '#deploy';

/**
 * A fake /proc: processes with an argv[0], a parent and the unix sockets they hold, as Linux shows them
 * (cmdline NUL-separated, stat "pid (comm) state ppid …", fd/N → "socket:[inode]", net/unix inode → path).
 * What a real Apache looks like is proven by the oracle suite (test/oracle/daemon-group-restart).
 */
class FakeProc {
  readonly dir = mkdtempSync(join(tmpdir(), 'fake-proc-'));
  private readonly sockets = new Map<number, string>();
  private inode = 1000;

  constructor() {
    mkdirSync(join(this.dir, 'net'));
    this.writeUnix();
  }

  /** A process whose argv[0] is `argv0` (padded as mod_wsgi pads it) holding listener sockets `paths`. */
  spawn(pid: number, ppid: number, argv0: string, paths: string[] = [], startTime = 1000): void {
    const dir = join(this.dir, String(pid));
    mkdirSync(join(dir, 'fd'), { recursive: true });
    writeFileSync(join(dir, 'cmdline'), `${argv0}\0-k\0start\0`);
    writeFileSync(
      join(dir, 'stat'),
      `${pid} (apache2) S ${ppid} ${pid} ${pid} 0 -1 4194560 0 0 0 0 0 0 0 0 20 0 1 0 ${startTime} 0 0`,
    );
    paths.forEach((path, i) => {
      const inode = this.inode++;
      this.sockets.set(inode, path);
      symlinkSync(`socket:[${inode}]`, join(dir, 'fd', String(3 + i)));
    });
    this.writeUnix();
  }

  kill(pid: number): void {
    rmSync(join(this.dir, String(pid)), { recursive: true, force: true });
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private writeUnix(): void {
    const lines = ['Num       RefCount Protocol Flags    Type St Inode Path'];
    for (const [inode, path] of this.sockets)
      lines.push(`0000000000000000: 00000002 00000000 00010000 0001 01 ${inode} ${path}`);
    writeFileSync(join(this.dir, 'net', 'unix'), `${lines.join('\n')}\n`);
  }
}

const APACHE = 500;
const PREFIX = '/run/apache2/wsgi';
const sock = (n: number, parent = APACHE, prefix = PREFIX) => `${prefix}.${parent}.0.${n}.sock`;
const group = (name: string, extra: Partial<DaemonGroupIdentity> = {}): DaemonGroupIdentity => ({
  name,
  displayName: '%{GROUP}',
  socketPrefix: PREFIX,
  ...extra,
});

describe('finding and restarting one daemon group’s processes', () => {
  let proc: FakeProc;
  beforeEach(() => {
    proc = new FakeProc();
    proc.spawn(APACHE, 1, '/usr/sbin/apache2', [sock(1), sock(2), sock(3)]);
    proc.spawn(501, APACHE, '(wsgi:bob:1)     ', [sock(1)]);
    proc.spawn(502, APACHE, '(wsgi:bob:2)     ', [sock(2)]);
    proc.spawn(503, APACHE, '(wsgi:bob:2)     ', [sock(2)]);
    proc.spawn(504, APACHE, '/usr/sbin/apache2', [sock(3)]); // joe:1, no display-name
    proc.spawn(505, APACHE, '/usr/sbin/apache2'); // a worker
  });
  afterEach(() => proc.cleanup());

  it('the title is "(wsgi:<name>)" for %{GROUP}, the value itself otherwise, none without display-name', () => {
    expect(daemonProcessTitle({ name: 'bob:2', displayName: '%{GROUP}' })).toBe('(wsgi:bob:2)');
    expect(daemonProcessTitle({ name: 'bob:2', displayName: 'bob-blog' })).toBe('bob-blog');
    expect(daemonProcessTitle({ name: 'bob:2', displayName: null })).toBeNull();
    expect(argv0IsTitle('(wsgi:bob:2)     ', '(wsgi:bob:2)')).toBe(true);
    expect(argv0IsTitle('(wsgi:bob:applica', '(wsgi:bob:application1)')).toBe(true);
    expect(argv0IsTitle('(wsgi:bob:2)     ', '(wsgi:bob:20)')).toBe(false);
    expect(argv0IsTitle('(wsgi:bob:20)    ', '(wsgi:bob:2)')).toBe(false);
  });

  it('finds the group’s processes by title and own listener, not another group’s nor a worker', async () => {
    expect(await findGroupDaemons(group('bob:2'), proc.dir)).toEqual({ pids: [502, 503], problems: [] });
    expect(await findGroupDaemons(group('bob:1'), proc.dir)).toEqual({ pids: [501], problems: [] });
    expect((await findGroupDaemons(group('joe:1', { displayName: null }), proc.dir)).problems[0]).toMatch(
      /no display-name/,
    );
  });

  it('ignores a process of the same title under another socket prefix, or holding a socket not of its parent', async () => {
    proc.spawn(600, 1, '/usr/sbin/apache2', [sock(2, 600, '/other/wsgi')]);
    proc.spawn(601, 600, '(wsgi:bob:2)     ', [sock(2, 600, '/other/wsgi')]);
    proc.spawn(602, 1, '(wsgi:bob:2)     ', [sock(2)]); // reparented: its socket names another parent
    expect((await findGroupDaemons(group('bob:2'), proc.dir)).pids).toEqual([502, 503]);
    // Without a prefix the other Apache's bob:2 would be taken for ours: refused, nothing named.
    const any = await findGroupDaemons(group('bob:2', { socketPrefix: null }), proc.dir);
    expect(any.pids).toEqual([]);
    expect(any.problems[0]).toMatch(/no WSGISocketPrefix/);
  });

  it('without a socket prefix nothing is signalled, even when only this server’s Apache runs the title', async () => {
    // Another Apache on the host (its own prefix) runs bob:2 too; ours does not run it right now.
    proc.kill(502);
    proc.kill(503);
    proc.spawn(600, 1, '/usr/sbin/apache2', [sock(2, 600, '/other/wsgi')]);
    proc.spawn(601, 600, '(wsgi:bob:2)     ', [sock(2, 600, '/other/wsgi')]);
    const signalled: number[] = [];
    const outcome = await restartDaemonGroup(group('bob:2', { socketPrefix: null }), {
      procDir: proc.dir,
      signal: (pid) => void signalled.push(pid),
    });
    expect(signalled).toEqual([]);
    expect(outcome).toMatchObject({ ok: false, errors: [expect.stringMatching(/no WSGISocketPrefix/)] });
  });

  it('a pid that exited and was given to another process after /proc was read is not signalled', async () => {
    const signals: number[] = [];
    const outcome = await restartDaemonGroup(group('bob:2'), {
      procDir: proc.dir,
      pollMs: 1,
      signal: (pid) => {
        signals.push(pid);
        proc.kill(pid);
        proc.spawn(pid + 100, APACHE, '(wsgi:bob:2)     ', [sock(2)]);
        if (pid === 502) {
          // Meanwhile 503 exited (Apache replaced it) and Linux gave its pid to an unrelated process,
          // and to one with the same argv[0] but another start time.
          proc.kill(503);
          proc.spawn(603, APACHE, '(wsgi:bob:2)     ', [sock(2)]);
          proc.spawn(503, 1, '(wsgi:bob:2)     ', [], 2000);
        }
      },
    });
    expect(signals).toEqual([502]);
    expect(outcome).toEqual({ ok: true, pidsBefore: [502, 503], pidsAfter: [602, 603], errors: [] });
  });

  it('a cut title shared by two groups is refused and nothing is signalled', async () => {
    proc.spawn(700, APACHE, '(wsgi:bob:applica', [sock(4)]);
    proc.spawn(701, APACHE, '(wsgi:bob:applica', [sock(5)]);
    const signalled: number[] = [];
    const outcome = await restartDaemonGroup(group('bob:application1'), {
      procDir: proc.dir,
      signal: (pid) => void signalled.push(pid),
    });
    expect(outcome).toMatchObject({ ok: false, pidsBefore: [] });
    expect(signalled).toEqual([]);
  });

  it('a cut title that another group of the server starts with too is refused even when only that group runs', async () => {
    proc.spawn(700, APACHE, '(wsgi:bob:applica', [sock(4)]); // bob:application2's process; bob:application1 is down
    const others = { otherTitles: ['(wsgi:bob:2)', '(wsgi:bob:application2)'] };
    const found = await findGroupDaemons(group('bob:application1', others), proc.dir);
    expect(found.pids).toEqual([]);
    expect(found.problems[0]).toMatch(/cuts the title .* to "\(wsgi:bob:applica"/);
    // The same cut title is ours when no other group's title starts that way.
    expect(
      (await findGroupDaemons(group('bob:application2', { otherTitles: ['(wsgi:bob:2)'] }), proc.dir)).pids,
    ).toEqual([700]);
  });

  it('a title that is the cut of another group’s longer title is refused even when only that group runs', async () => {
    // bob:x's display-name is exactly the 17 characters Apache keeps of bob:application2's title.
    proc.spawn(700, APACHE, '(wsgi:bob:applica', [sock(4)]); // bob:application2's process; bob:x is down
    const signalled: number[] = [];
    const outcome = await restartDaemonGroup(
      group('bob:x', { displayName: '(wsgi:bob:applica', otherTitles: ['(wsgi:bob:application2)'] }),
      { procDir: proc.dir, signal: (pid) => void signalled.push(pid) },
    );
    expect(signalled).toEqual([]);
    expect(outcome).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/may show the longer title "\(wsgi:bob:application2\)"/)],
    });
  });

  it('a title another group of the server has too (the same literal display-name) is refused', async () => {
    const found = await findGroupDaemons(
      group('bob:2', { displayName: 'blog', otherTitles: ['blog'] }),
      proc.dir,
    );
    expect(found).toMatchObject({
      pids: [],
      problems: [expect.stringMatching(/shares its display-name title "blog"/)],
    });
  });

  it('SIGUSR1 to each process; done once Apache replaced every one of them', async () => {
    const signals: string[] = [];
    const outcome = await restartDaemonGroup(group('bob:2'), {
      procDir: proc.dir,
      pollMs: 1,
      signal: (pid, sig) => {
        signals.push(`${sig} ${pid}`);
        // Apache's answer: the process exits and a new one takes the same listener.
        proc.kill(pid);
        proc.spawn(pid + 100, APACHE, '(wsgi:bob:2)     ', [sock(2)]);
      },
    });
    expect(signals).toEqual(['SIGUSR1 502', 'SIGUSR1 503']);
    expect(outcome).toEqual({ ok: true, pidsBefore: [502, 503], pidsAfter: [602, 603], errors: [] });
  });

  it('fails, naming the pids that stayed, when the old processes outlive the time limit', async () => {
    let now = 0;
    const clock: Clock = {
      now: () => new Date(now),
      monotonicMs: () => now,
      sleep: async (ms) => void (now += ms),
    };
    const outcome = await restartDaemonGroup(group('bob:2'), {
      procDir: proc.dir,
      clock,
      timeoutMs: 1_000,
      pollMs: 100,
      signal: () => undefined,
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.pidsAfter).toEqual([502, 503]);
    expect(outcome.errors[0]).toMatch(/502, 503 of bob:2 still run after 1000 ms/);
  });

  it('a group with no running process fails without signalling', async () => {
    proc.kill(501);
    const outcome = await restartDaemonGroup(group('bob:1'), { procDir: proc.dir, signal: () => undefined });
    expect(outcome).toMatchObject({ ok: false, errors: [expect.stringMatching(/no running process/)] });
  });
});
