import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const AUGTOOL = 'augtool';

export function augtoolVersion(): string | null {
  const result = spawnSync(AUGTOOL, ['--version'], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  return `${result.stdout}${result.stderr}`.split('\n')[0]?.trim() ?? null;
}

export interface AugtoolRun {
  readonly ms: number;
  /** CPU time (user + system) of the augtool process: steadier than wall time on a shared machine. */
  readonly cpuMs: number | null;
  /** Files Augeas could not parse (`/augeas//error` entries), as it reports them. */
  readonly errors: number;
  readonly ok: boolean;
  readonly tail: string;
}

/**
 * One `augtool` process that loads the same files with Augeas' Apache lens (Httpd.lns, which also reads .htaccess):
 * the config and every .htaccess are written below a private root (`-r`), autoloading is off (`-A`) and only these
 * files are transformed, so the time is Augeas reading them and nothing else of the machine.
 */
export function timeAugtool(
  files: readonly { path: string; content: string }[],
  patterns: readonly string[],
): AugtoolRun {
  const root = mkdtempSync(join(tmpdir(), 'hp-aug-'));
  try {
    for (const f of files) {
      mkdirSync(join(root, dirname(f.path)), { recursive: true });
      writeFileSync(join(root, f.path), f.content);
    }
    const args = [
      '-A',
      '-r',
      root,
      ...patterns.flatMap((p) => ['-t', `Httpd incl ${p}`]),
      'match /augeas//error',
    ];
    // bash's `time` reports the child's user and system CPU seconds on the last line of stderr.
    const script = `TIMEFORMAT='%3U %3S'; time ${[AUGTOOL, ...args].map(quote).join(' ')}`;
    const start = performance.now();
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - start;
    const stderr = `${result.stderr}`.trimEnd().split('\n');
    const [user, system] = (stderr.pop() ?? '').split(' ').map(Number);
    const cpuMs =
      user === undefined || system === undefined || Number.isNaN(user + system)
        ? null
        : (user + system) * 1000;
    const out = `${result.stdout}${stderr.join('\n')}`;
    const errors = out.split('\n').filter((l) => l.startsWith('/augeas/')).length;
    return { ms, cpuMs, errors, ok: result.status === 0, tail: out.trim().split('\n').slice(-3).join(' | ') };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
