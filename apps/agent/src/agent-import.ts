import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigFileSet, readConfigFiles, type ConfigDirective } from '#apache';

/**
 * `hostplane-agent import`: sends the API what this web server really runs — the files Apache reads (as
 * `apache2ctl -t -D DUMP_INCLUDES` lists them) and the .htaccess files under every directory that allows overrides —
 * to POST /servers/{id}/imports, and prints the report. Stores nothing: the admin reviews it, then PUTs the spec.
 */

export const IMPORT_USAGE = `hostplane-agent import: uploads this server's Apache files to POST /servers/{id}/imports and prints the report.
Flags (or environment): --api-url (HOSTPLANE_API_URL), --token (HOSTPLANE_AGENT_TOKEN) or --token-file (HOSTPLANE_AGENT_TOKEN_FILE)
of an admin (imports are admin-only), --server-id (HOSTPLANE_SERVER_ID), --apachectl (HOSTPLANE_APACHECTL, a command or a JSON
argv array; default apache2ctl), --homes (HOSTPLANE_HOMES, where the users' home directories are; default /home),
--json (print the API's answer as it is).`;

/** A walk under `<Directory />` with overrides could reach the whole disk: these are never searched. */
const NEVER_WALKED = ['/proc', '/sys', '/dev', '/run'];
const MAX_HTACCESS_FILES = 200_000;

export interface ImportCommandConfig {
  readonly apiUrl: string;
  readonly token: string;
  readonly serverId: string;
  readonly apachectl: readonly string[];
  readonly json: boolean;
  readonly requestTimeoutMs: number;
  /** Where the users' home directories are, for the API's tenant inference; undefined = the API's default. */
  readonly homes?: string;
}

export interface CollectedFiles {
  readonly main: string;
  readonly files: { path: string; content: string }[];
  readonly htaccessFiles: number;
}

export function importConfig(argv: readonly string[], env: NodeJS.ProcessEnv): ImportCommandConfig {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'api-url': { type: 'string' },
      token: { type: 'string' },
      'token-file': { type: 'string' },
      'server-id': { type: 'string' },
      apachectl: { type: 'string' },
      json: { type: 'boolean' },
      homes: { type: 'string' },
    },
    strict: true,
  });
  const apiUrl = values['api-url'] ?? env['HOSTPLANE_API_URL'];
  const tokenFile = values['token-file'] ?? env['HOSTPLANE_AGENT_TOKEN_FILE'];
  const token =
    values.token ??
    (tokenFile === undefined ? env['HOSTPLANE_AGENT_TOKEN'] : readFileSync(tokenFile, 'utf8').trim());
  const serverId = values['server-id'] ?? env['HOSTPLANE_SERVER_ID'];
  const missing = [
    ...(apiUrl ? [] : ['--api-url']),
    ...(token ? [] : ['--token or --token-file']),
    ...(serverId ? [] : ['--server-id']),
  ];
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}`);
  const apachectl = values.apachectl ?? env['HOSTPLANE_APACHECTL'] ?? 'apache2ctl';
  const homes = values.homes ?? env['HOSTPLANE_HOMES'];
  return {
    ...(homes !== undefined && homes !== '' ? { homes } : {}),
    apiUrl: apiUrl!.replace(/\/+$/, ''),
    token: token!,
    serverId: serverId!,
    apachectl: apachectl.trimStart().startsWith('[') ? (JSON.parse(apachectl) as string[]) : [apachectl],
    json: values.json ?? false,
    requestTimeoutMs: 120_000,
  };
}

/** `(*) /etc/apache2/apache2.conf` then `  (12) /etc/apache2/mods-enabled/…`: the main file first. */
export function parseDumpIncludes(output: string): string[] {
  return output
    .split('\n')
    .map((line) => /^\s*\((?:\*|\d+)\)\s+(\/.+?)\s*$/.exec(line)?.[1])
    .filter((path): path is string => path !== undefined);
}

export function collectApacheFiles(apachectl: readonly string[]): CollectedFiles {
  const [command, ...args] = apachectl;
  const result = spawnSync(command!, [...args, '-t', '-D', 'DUMP_INCLUDES'], { encoding: 'utf8' });
  const listed = parseDumpIncludes(`${result.stdout}`);
  if (listed.length === 0) {
    throw new Error(
      `${apachectl.join(' ')} -t -D DUMP_INCLUDES listed no files: ${`${result.stderr}`.trim()}`,
    );
  }
  const main = listed[0]!;
  const paths = [...new Set(listed)];
  // Debian's envvars defines ${APACHE_LOG_DIR} and friends; the reader interpolates with it.
  const envvars = posix.join(posix.dirname(main), 'envvars');
  if (existsSync(envvars)) paths.push(envvars);
  const files = paths.map((path) => ({ path, content: readFileSync(path, 'utf8') }));
  const read = readConfigFiles(new ConfigFileSet(files.map((f) => [f.path, f.content])), { main });
  const accessFile =
    read.directives.filter((d) => d.nameKey === 'accessfilename').at(-1)?.args[0] ?? '.htaccess';
  const found = new Set<string>();
  for (const folder of overrideFolders(read.directives)) {
    for (const root of expandGlob(folder)) walk(root, accessFile, found);
  }
  const htaccess = [...found].sort().map((path) => ({ path, content: readFileSync(path, 'utf8') }));
  // mod_rewrite reads `RewriteMap name txt:<file>` itself (no Include lists it): the import needs it to adopt the map.
  const maps = textMapFiles(read.directives)
    .filter((path) => !paths.includes(path) && existsSync(path))
    .map((path) => ({ path, content: readFileSync(path, 'utf8') }));
  return { main, files: [...files, ...maps, ...htaccess], htaccessFiles: htaccess.length };
}

/** The absolute files of `RewriteMap name txt:<file>` lines, anywhere in the configuration. */
function textMapFiles(directives: readonly ConfigDirective[]): string[] {
  const out = new Set<string>();
  for (const d of directives) {
    const source = d.nameKey === 'rewritemap' ? d.args[1] : undefined;
    if (source?.startsWith('txt:/')) out.add(posix.normalize(source.slice('txt:'.length)));
    if (d.children !== undefined) for (const path of textMapFiles(d.children)) out.add(path);
  }
  return [...out];
}

/** The paths of `<Directory>` sections (anywhere, vhosts included) whose last AllowOverride allows something. */
function overrideFolders(directives: readonly ConfigDirective[]): string[] {
  const out: string[] = [];
  for (const d of directives) {
    if (d.children === undefined) continue;
    if (d.nameKey === 'directory' && d.args.length === 1) {
      const override = d.children.filter((c) => c.nameKey === 'allowoverride').at(-1);
      if (override !== undefined && override.args.some((a) => a.toLowerCase() !== 'none'))
        out.push(d.args[0]!);
    }
    out.push(...overrideFolders(d.children));
  }
  return out;
}

/** `/home/*\/public_html` → the existing folders it names (wildcards per path segment, as <Directory> has them). */
export function expandGlob(pattern: string): string[] {
  let current = ['/'];
  for (const segment of pattern.split('/').filter((s) => s !== '')) {
    const next: string[] = [];
    for (const base of current) {
      if (!/[*?[]/.test(segment)) {
        next.push(posix.join(base, segment));
        continue;
      }
      const matcher = segmentMatcher(segment);
      for (const name of safeReaddir(base)) if (matcher.test(name)) next.push(posix.join(base, name));
    }
    current = next;
  }
  return current.filter((p) => isDirectory(p));
}

function segmentMatcher(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

function walk(folder: string, accessFile: string, found: Set<string>): void {
  if (NEVER_WALKED.some((p) => folder === p || folder.startsWith(`${p}/`))) return;
  if (found.size >= MAX_HTACCESS_FILES) return;
  for (const entry of safeReaddir(folder, true)) {
    const path = posix.join(folder, entry.name);
    if (entry.isDirectory()) walk(path, accessFile, found);
    else if (entry.name === accessFile && entry.isFile()) found.add(path);
  }
}

function safeReaddir(folder: string): string[];
function safeReaddir(folder: string, withTypes: true): import('node:fs').Dirent[];
function safeReaddir(folder: string, withTypes?: true): string[] | import('node:fs').Dirent[] {
  try {
    return withTypes ? readdirSync(folder, { withFileTypes: true }) : readdirSync(folder);
  } catch {
    return [];
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

interface ImportReport {
  spec: { tenants: unknown[]; daemonGroups: unknown[]; virtualHosts: { serverName: string }[] };
  unmanaged: { file: string; line: number; text: string; reason: string }[];
  inferred: { what: string; why: string }[];
  diagnostics: { severity: string; code: string; message: string }[];
}

/** The report as a reviewer reads it: what would be managed, what was inferred, every line it would not manage. */
export function formatImportReport(report: ImportReport, collected: CollectedFiles): string {
  const lost = report.unmanaged.filter((u) => u.reason.startsWith('would be lost'));
  return [
    `Read ${collected.files.length - collected.htaccessFiles} config files (main ${collected.main}) and ${collected.htaccessFiles} .htaccess files.`,
    `Hostplane would manage ${report.spec.virtualHosts.length} virtual hosts, ${report.spec.daemonGroups.length} daemon groups, ${report.spec.tenants.length} tenants.`,
    ...report.spec.virtualHosts.map((v) => `  vhost ${v.serverName}`),
    `Inferred (${report.inferred.length}):`,
    ...report.inferred.map((i) => `  ${i.what}: ${i.why}`),
    `Not managed (${report.unmanaged.length} lines, ${lost.length} of them would be lost):`,
    ...report.unmanaged.map((u) => `  ${u.file}:${u.line}: ${u.text}  — ${u.reason}`),
    `Diagnostics (${report.diagnostics.length}):`,
    ...report.diagnostics.map((d) => `  ${d.severity} ${d.code}: ${d.message}`),
  ].join('\n');
}

/** Runs the subcommand; resolves to the exit code (0 report printed, 1 refused or unreachable, 2 bad flags). */
export async function runImportCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  out: (text: string) => void,
): Promise<number> {
  let config: ImportCommandConfig;
  try {
    config = importConfig(argv, env);
  } catch (error) {
    out(`${(error as Error).message}\n${IMPORT_USAGE}`);
    return 2;
  }
  const collected = collectApacheFiles(config.apachectl);
  const url = `${config.apiUrl}/servers/${encodeURIComponent(config.serverId)}/imports`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${config.token}`,
        Accept: 'application/json',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        main: collected.main,
        files: collected.files,
        ...(config.homes !== undefined ? { homes: config.homes } : {}),
      }),
      signal: AbortSignal.timeout(config.requestTimeoutMs),
    });
  } catch (error) {
    out(`POST ${url}: ${(error as Error).message}`);
    return 1;
  }
  const text = await response.text();
  if (!response.ok) {
    out(`POST ${url}: HTTP ${response.status}\n${text.slice(0, 4000)}`);
    return 1;
  }
  out(config.json ? text : formatImportReport(JSON.parse(text) as ImportReport, collected));
  return 0;
}
