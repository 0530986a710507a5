import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** `apache2 -t` on Hostplane's rendered config, in a private temp tree (nothing from /etc/apache2's sites). */

export const APACHE_BIN = '/usr/sbin/apache2';
const MODULES_DIR = '/usr/lib/apache2/modules';
const MODULES = [
  ['mpm_event_module', 'mod_mpm_event.so'],
  ['authz_core_module', 'mod_authz_core.so'],
  ['mime_module', 'mod_mime.so'],
  ['env_module', 'mod_env.so'],
  ['alias_module', 'mod_alias.so'],
  ['rewrite_module', 'mod_rewrite.so'],
  ['wsgi_module', 'mod_wsgi.so'],
] as const;

export function apacheInstalled(): boolean {
  return existsSync(APACHE_BIN) && MODULES.every(([, file]) => existsSync(join(MODULES_DIR, file)));
}

function userExists(name: string): boolean {
  return spawnSync('getent', ['passwd', name], { stdio: 'ignore' }).status === 0;
}

function groupExists(name: string): boolean {
  return spawnSync('getent', ['group', name], { stdio: 'ignore' }).status === 0;
}

/**
 * mod_wsgi resolves every user=/group= with getpwnam/getgrnam while parsing (AH00543 otherwise), so the
 * names must exist. Creates the missing ones as system users without a home or shell (idempotent; retried
 * because parallel test runs may hold the /etc/passwd lock). Returns why it could not, or null.
 */
export function ensureUnixUsers(names: readonly string[]): string | null {
  for (const name of names) {
    if (userExists(name) && groupExists(name)) continue;
    if (process.getuid?.() !== 0)
      return `unix user ${name} does not exist and the bench is not running as root`;
    for (let attempt = 0; ; attempt++) {
      const group = groupExists(name) ? ['-g', name] : ['-U'];
      const result = spawnSync('useradd', ['-r', '-M', ...group, '-s', '/usr/sbin/nologin', name], {
        encoding: 'utf8',
      });
      if (userExists(name)) break;
      if (attempt >= 10) return `useradd ${name} failed: ${result.stderr.trim()}`;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  return null;
}

export interface ApacheTree {
  root: string;
  /** Where the rendered model must point WSGISocketPrefix and its configDir. */
  socketPrefix: string;
  configDir: string;
  remove: () => void;
}

export function createApacheTree(): ApacheTree {
  const root = mkdtempSync(join(tmpdir(), 'hpbench-'));
  mkdirSync(join(root, 'run'));
  return {
    root,
    socketPrefix: join(root, 'w'),
    configDir: join(root, 'hostplane'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Writes the rendered `httpd/…` files under configDir (not the .htaccess files: -t never reads them). */
export function writeApacheConfig(
  tree: ApacheTree,
  files: readonly { path: string; content: string }[],
  mainInclude: string,
): string {
  for (const file of files) {
    if (!file.path.startsWith('httpd/')) continue;
    const target = join(tree.configDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  const main = join(tree.root, 'httpd.conf');
  writeFileSync(
    main,
    [
      'ServerRoot /etc/apache2',
      ...MODULES.map(([name, file]) => `LoadModule ${name} ${MODULES_DIR}/${file}`),
      `PidFile ${tree.root}/run/httpd.pid`,
      `Mutex file:${tree.root}/run default`,
      `DefaultRuntimeDir ${tree.root}/run`,
      `ErrorLog ${tree.root}/error.log`,
      'Listen 127.0.0.1:18399',
      'ServerName bench.invalid',
      `WSGISocketPrefix ${tree.socketPrefix}`,
      `Include ${join(tree.configDir, mainInclude)}`,
      '',
    ].join('\n'),
  );
  return main;
}

export interface ApacheCheck {
  ms: number;
  ok: boolean;
  /** Last lines of apache's output (e.g. "Syntax OK" or the error). */
  tail: string;
}

export function timeApacheCheck(mainConfig: string): ApacheCheck {
  const start = performance.now();
  const result = spawnSync(APACHE_BIN, ['-t', '-f', mainConfig], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n');
  return { ms, ok: result.status === 0, tail: output.slice(-2).join(' | ') };
}
