import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** What the agent reads about its host (the API's AgentFacts); null: could not be read. */
export interface HostFacts {
  apacheVersion: string | null;
  modWsgiVersion: string | null;
  pythonVersion: string | null;
  modules?: string[];
  /** Absent until the API named the users, groups and variables to check (absent = unknown, not missing). */
  unixUsers?: string[];
  unixGroups?: string[];
  /** Of the names asked about, those getent does not find (absent when getent could not be run). */
  missingUnixUsers?: string[];
  missingUnixGroups?: string[];
  env?: Record<string, string>;
}

/** The names the API asked about (its `wanted` answer). */
export interface WantedNames {
  modelRevision: number;
  unixUsers: string[];
  unixGroups: string[];
  env: string[];
}

export interface HostFactsSources {
  /** apache2ctl (or apachectl): `-v` for the version, `-M` for the loaded modules. */
  apachectl: string;
  /** The mod_wsgi module file: its version and the libpython it links are read from its bytes. */
  modWsgiSo: string;
  /** getent, to ask NSS (files, LDAP, sssd…) which users and groups exist. */
  getent: string;
}

const COMMAND_TIMEOUT_MS = 10_000;

/**
 * Reads the facts the validator otherwise has to assume. Each source may fail on its own (no Apache yet, a
 * module elsewhere): that fact is then null or absent, which the API reads as "unknown", never as "missing".
 */
export async function readHostFacts(
  sources: HostFactsSources,
  wanted: WantedNames | null,
): Promise<HostFacts> {
  const [version, modules, wsgi, users, groups] = await Promise.all([
    run(sources.apachectl, ['-v']),
    run(sources.apachectl, ['-M']),
    readFile(sources.modWsgiSo).catch(() => null),
    existing(sources.getent, 'passwd', wanted?.unixUsers ?? []),
    existing(sources.getent, 'group', wanted?.unixGroups ?? []),
  ]);
  const wsgiText = wsgi === null ? null : wsgi.toString('latin1');
  const env: Record<string, string> = {};
  for (const name of wanted?.env ?? []) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return {
    apacheVersion: version === null ? null : (/Apache\/(\d+\.\d+\.\d+)/.exec(version)?.[1] ?? null),
    modWsgiVersion: wsgiText === null ? null : modWsgiVersionIn(wsgiText),
    pythonVersion: wsgiText === null ? null : (/libpython(\d+\.\d+)/.exec(wsgiText)?.[1] ?? null),
    ...(modules === null ? {} : { modules: moduleNames(modules) }),
    // Found and missing names both, so the API tells "missing" from "not asked about yet".
    ...(wanted === null || users === null ? {} : { unixUsers: users.found, missingUnixUsers: users.missing }),
    ...(wanted === null || groups === null
      ? {}
      : { unixGroups: groups.found, missingUnixGroups: groups.missing }),
    ...(wanted === null ? {} : { env }),
  };
}

/** `apache2ctl -M` lines: " wsgi_module (shared)". */
export function moduleNames(output: string): string[] {
  return [...output.matchAll(/^\s*([a-z0-9_]+_module)\s+\((?:static|shared)\)/gm)]
    .map((m) => m[1] ?? '')
    .sort();
}

/** mod_wsgi stores its version as a bare "X.Y.Z" string (the Python one it was built with reads 3.x.y). */
export function modWsgiVersionIn(binary: string): string | null {
  for (const match of binary.matchAll(/\0(\d+)\.(\d+)\.(\d+)\0/g)) {
    if (Number(match[1]) >= 4) return `${match[1]}.${match[2]}.${match[3]}`;
  }
  return null;
}

/**
 * `names` split into those getent finds and those it does not (one getent call for all of them; exit 2 =
 * some were not found); null when getent could not be run (unknown, not missing).
 */
async function existing(
  getent: string,
  database: 'passwd' | 'group',
  names: readonly string[],
): Promise<{ found: string[]; missing: string[] } | null> {
  if (names.length === 0) return { found: [], missing: [] };
  const output = await run(getent, [database, ...names], true);
  if (output === null) return null;
  const found = new Set(output.split('\n').map((line) => line.split(':')[0] ?? ''));
  const sorted = [...names].sort();
  return { found: sorted.filter((n) => found.has(n)), missing: sorted.filter((n) => !found.has(n)) };
}

function run(file: string, args: readonly string[], anyExit = false): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(file, [...args], { timeout: COMMAND_TIMEOUT_MS, maxBuffer: 4 << 20 }, (error, stdout) => {
      if (error !== null && !(anyExit && typeof error.code === 'number')) return resolve(null);
      resolve(stdout);
    });
  });
}
