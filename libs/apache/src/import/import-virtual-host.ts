import type { ConfigDirective } from '../config-files/config-directive.js';
import type { DaemonGroup, Directory, OverrideClass, VirtualHost, WsgiMount } from '../model/server-model.js';
import { daemonProcessOfArgs } from './daemon-process-args.js';
import { type ImportLedger, where } from './import-ledger.js';
import { LOST_IN_VHOST } from './import-result.js';
import type { ImportTenants } from './import-tenants.js';
import { importWsgiMount, isScriptAlias } from './import-wsgi-mount.js';
import { importProcessGroupMap, isRewrite } from './import-process-group-map.js';

const OVERRIDE_CLASSES: readonly string[] = [
  'None',
  'All',
  'AuthConfig',
  'FileInfo',
  'Indexes',
  'Limit',
  'Options',
];

export interface ImportedVirtualHost {
  readonly vhost: VirtualHost;
  readonly groups: DaemonGroup[];
  readonly directories: Directory[];
  readonly wsgiMounts: WsgiMount[];
  /** The RewriteMap file the vhost's process-group map was read from, when one was adopted. */
  readonly mapFile: string | null;
}

/**
 * Only vhosts that carry mod_wsgi (a WSGI* directive or a wsgi-script handler) or `.htaccess` delegation (AllowOverride
 * other than None) are adopted: those are what Hostplane adds value to. The others stay in the server's own config.
 */
export function isAdoptable(section: ConfigDirective): boolean {
  return (section.children ?? []).some(
    (d) =>
      d.nameKey.startsWith('wsgi') ||
      ((d.nameKey === 'addhandler' || d.nameKey === 'sethandler') && d.args[0] === 'wsgi-script') ||
      (d.nameKey === 'allowoverride' && d.args.some((a) => a.toLowerCase() !== 'none')) ||
      (d.children !== undefined && isAdoptable(d)),
  );
}

export function importVirtualHost(
  section: ConfigDirective,
  id: string,
  tenants: ImportTenants,
  ledger: ImportLedger,
  /** An uploaded file's content by normalized path (RewriteMap files). */
  fileContent: (path: string) => string | undefined = () => undefined,
): ImportedVirtualHost {
  const vhost: VirtualHost = {
    id,
    serverName: '',
    serverAliases: [],
    addresses: [...section.args],
    documentRoot: null,
    processGroup: null,
    applicationGroup: null,
    env: {},
    processGroupMap: null,
  };
  const groups: DaemonGroup[] = [];
  const sections: ConfigDirective[] = [];
  const aliases: ConfigDirective[] = [];
  const scriptAliases: ConfigDirective[] = [];
  const rewrites: ConfigDirective[] = [];
  for (const d of section.children ?? []) {
    if (d.children !== undefined) sections.push(d);
    else if (d.nameKey === 'servername' && d.args.length === 1) vhost.serverName = d.args[0]!;
    else if (d.nameKey === 'serveralias') vhost.serverAliases.push(...d.args);
    else if (d.nameKey === 'documentroot' && d.args.length === 1) vhost.documentRoot = d.args[0]!;
    else if (d.nameKey === 'setenv' && d.args.length >= 1 && d.args.length <= 2) setEnv(vhost.env, d.args);
    else if (d.nameKey === 'wsgiprocessgroup' && d.args.length === 1) vhost.processGroup = d.args[0]!;
    else if (d.nameKey === 'wsgiapplicationgroup' && d.args.length === 1) vhost.applicationGroup = d.args[0]!;
    else if (d.nameKey === 'wsgirestrictprocess') vhost.restrictProcess = [...d.args];
    else if (d.nameKey === 'wsgidaemonprocess') groups.push(importGroup(d, id, tenants));
    else if (d.nameKey === 'alias' && d.args.length === 2) aliases.push(d);
    else if (isScriptAlias(d)) scriptAliases.push(d);
    else if (isRewrite(d)) rewrites.push(d);
    else ledger.leave(d, LOST_IN_VHOST);
  }
  const directories = sections.flatMap((s) => importDirectory(s, vhost, groups, tenants, ledger));
  for (const alias of aliases) {
    const target = directories.find((dir) => dir.path === alias.args[1] && dir.urlPath === null);
    if (target === undefined)
      ledger.leave(alias, `${LOST_IN_VHOST} (Hostplane renders an Alias only for a directory it manages)`);
    else target.urlPath = alias.args[0]!;
  }
  // After the directories: a mount's owner is the tenant of the directory its script lies in.
  const wsgiMounts: WsgiMount[] = [];
  for (const d of scriptAliases) {
    const mount = importWsgiMount(d, vhost, directories, tenants, ledger);
    if (mount !== null) wsgiMounts.push(mount);
  }
  const map = rewrites.length === 0 ? null : importProcessGroupMap(rewrites, fileContent);
  if (map !== null) vhost.processGroupMap = map.map;
  else for (const d of rewrites) ledger.leave(d, LOST_IN_VHOST);
  return { vhost, groups, directories, wsgiMounts, mapFile: map?.file ?? null };
}

export function importGroup(
  d: ConfigDirective,
  virtualHostId: string | null,
  tenants: ImportTenants,
): DaemonGroup {
  const parsed = daemonProcessOfArgs(d.args);
  const tenant = tenants.forGroupUser(
    parsed.user,
    parsed.group,
    () => `WSGIDaemonProcess ${parsed.name} runs as user=${parsed.user} (${where(d)})`,
  );
  // Field by field, not a spread of `parsed` (40k groups at 10k vhosts): the same keys in the same order.
  return {
    id: `g:${parsed.name.toLowerCase()}`,
    virtualHostId,
    tenantId: tenant?.id ?? null,
    name: parsed.name,
    processes: parsed.processes,
    threads: parsed.threads,
    user: parsed.user,
    group: parsed.group,
    options: parsed.options,
  };
}

function importDirectory(
  section: ConfigDirective,
  vhost: VirtualHost,
  groups: readonly DaemonGroup[],
  tenants: ImportTenants,
  ledger: ImportLedger,
): Directory[] {
  if (section.nameKey !== 'directory' || section.args.length !== 1 || section.args[0] === '~') {
    ledger.leave(section, `${LOST_IN_VHOST} (Hostplane manages plain <Directory path> blocks only)`);
    return [];
  }
  const path = section.args[0]!;
  const directory: Directory = {
    id: `d:${vhost.id}:${path}`,
    virtualHostId: vhost.id,
    tenantId: '',
    path: path.replace(/\/+$/, '') || '/',
    urlPath: null,
    allowOverride: [],
    options: [],
    handlers: [],
    restrictProcess: null,
    processGroup: null,
    env: {},
    rules: [],
  };
  const left: ConfigDirective[] = [];
  for (const d of section.children ?? []) {
    if (d.nameKey === 'options' && d.children === undefined) directory.options = [...d.args];
    else if (d.nameKey === 'allowoverride' && d.args.every((a) => OVERRIDE_CLASSES.includes(a))) {
      directory.allowOverride = d.args as OverrideClass[];
    } else if (d.nameKey === 'addhandler' && d.args.length >= 2) {
      directory.handlers.push({ handler: d.args[0]!, extensions: d.args.slice(1) });
    } else if (d.nameKey === 'wsgirestrictprocess') directory.restrictProcess = [...d.args];
    else if (d.nameKey === 'setenv' && d.args.length >= 1 && d.args.length <= 2)
      setEnv(directory.env, d.args);
    else if (d.nameKey === 'wsgiprocessgroup' && d.args.length === 1) directory.processGroup = d.args[0]!;
    else left.push(d);
  }
  const tenant = directoryTenant(directory, groups, tenants, section, vhost.processGroup);
  if (tenant === null) {
    ledger.leave(
      section,
      `${LOST_IN_VHOST}: no tenant could be inferred for ${path} (not under /home/<user>, and neither its restriction list nor its WSGIProcessGroup names a tenant's group); add it by hand`,
    );
    return [];
  }
  directory.tenantId = tenant;
  for (const d of left) ledger.leave(d, `${LOST_IN_VHOST} (inside <Directory ${path}>)`);
  return [directory];
}

function directoryTenant(
  directory: Directory,
  groups: readonly DaemonGroup[],
  tenants: ImportTenants,
  at: ConfigDirective,
  vhostGroup: string | null,
): string | null {
  const home = tenants.forHomePath(
    directory.path,
    () => `<Directory ${directory.path}> lies in that user's home (${where(at)})`,
  );
  if (home !== null) return home.id;
  const ownerOf = (name: string) => groups.find((g) => g.name.toLowerCase() === name.toLowerCase())?.tenantId;
  const owners = new Set(
    (directory.restrictProcess ?? []).map(ownerOf).filter((t): t is string => t !== null && t !== undefined),
  );
  if (owners.size > 0) return owners.size === 1 ? [...owners][0]! : null;
  // A Django-style app: no restriction list, but every request runs in one named group of a tenant (the directory's
  // WSGIProcessGroup, or its vhost's), so the directory is that tenant's.
  const runsIn = directory.processGroup ?? vhostGroup;
  return runsIn === null || runsIn.includes('%{') ? null : (ownerOf(runsIn) ?? null);
}

function setEnv(env: Record<string, string>, args: readonly string[]): void {
  // Plain assignment is the fast path; defineProperty keeps `__proto__` an own key.
  if (args[0] !== '__proto__') {
    env[args[0]!] = args[1] ?? '';
    return;
  }
  Object.defineProperty(env, args[0], {
    value: args[1] ?? '',
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
