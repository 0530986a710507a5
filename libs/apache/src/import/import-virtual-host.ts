import type { ConfigDirective } from '../config-files/config-directive.js';
import type { DaemonGroup, Directory, OverrideClass, VirtualHost, WsgiMount } from '../model/server-model.js';
import { DaemonOptionArgs, readDaemonArgs } from './daemon-process-args.js';
import { type ImportLedger, joined, where } from './import-ledger.js';
import { LOST_IN_VHOST } from './import-result.js';
import type { ImportTenants } from './import-tenants.js';
import { importWsgiMount, isScriptAlias } from './import-wsgi-mount.js';
import { type ImportedMap, importProcessGroupMap, isRewrite } from './import-process-group-map.js';

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
  /** The import's reading of daemon options, shared by all its groups. */
  daemonOptions: DaemonOptionArgs = new DaemonOptionArgs(),
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
  const children = section.children ?? [];
  // Sections, Aliases, script aliases and rewrite lines are adopted after the rest, in that order, by further passes
  // over the children: arrays collecting them were four allocations per vhost (10k vhosts).
  let later = 0;
  for (const d of children) {
    const part = laterPart(d);
    if (part !== 0) later |= part;
    else if (d.nameKey === 'servername' && d.args.length === 1) vhost.serverName = d.args[0]!;
    else if (d.nameKey === 'serveralias') vhost.serverAliases = appendAll(vhost.serverAliases, d.args);
    else if (d.nameKey === 'documentroot' && d.args.length === 1) vhost.documentRoot = d.args[0]!;
    else if (d.nameKey === 'setenv' && d.args.length >= 1 && d.args.length <= 2) setEnv(vhost.env, d.args);
    else if (d.nameKey === 'wsgiprocessgroup' && d.args.length === 1) vhost.processGroup = d.args[0]!;
    else if (d.nameKey === 'wsgiapplicationgroup' && d.args.length === 1) vhost.applicationGroup = d.args[0]!;
    else if (d.nameKey === 'wsgirestrictprocess') vhost.restrictProcess = [...d.args];
    else if (d.nameKey === 'wsgidaemonprocess') groups.push(importGroup(d, id, tenants, daemonOptions));
    else ledger.leave(d, LOST_IN_VHOST);
  }
  const directories: Directory[] = [];
  if ((later & SECTION) !== 0) {
    for (const d of children) {
      if (laterPart(d) !== SECTION) continue;
      const directory = importDirectory(d, vhost, groups, tenants, ledger);
      if (directory !== null) directories.push(directory);
    }
  }
  if ((later & ALIAS) !== 0) {
    for (const d of children) if (laterPart(d) === ALIAS) adoptAlias(d, directories, ledger);
  }
  // After the directories: a mount's owner is the tenant of the directory its script lies in.
  const wsgiMounts: WsgiMount[] = [];
  if ((later & SCRIPT_ALIAS) !== 0) {
    for (const d of children) {
      if (laterPart(d) !== SCRIPT_ALIAS) continue;
      const mount = importWsgiMount(d, vhost, directories, tenants, ledger);
      if (mount !== null) wsgiMounts.push(mount);
    }
  }
  let map: ImportedMap | null = null;
  if ((later & REWRITE) !== 0) {
    const rewrites = children.filter((d) => laterPart(d) === REWRITE);
    map = importProcessGroupMap(rewrites, fileContent);
    if (map !== null) vhost.processGroupMap = map.map;
    else for (const d of rewrites) ledger.leave(d, LOST_IN_VHOST);
  }
  return { vhost, groups, directories, wsgiMounts, mapFile: map?.file ?? null };
}

const SECTION = 1;
const ALIAS = 2;
const SCRIPT_ALIAS = 4;
const REWRITE = 8;

/** Which of the parts adopted after the vhost's own directives `d` is, or 0 for none. */
function laterPart(d: ConfigDirective): number {
  if (d.children !== undefined) return SECTION;
  if (d.nameKey === 'alias' && d.args.length === 2) return ALIAS;
  if (isScriptAlias(d)) return SCRIPT_ALIAS;
  if (isRewrite(d)) return REWRITE;
  return 0;
}

/** `Alias url path` names the URL of the first adopted directory of that path still without one. */
function adoptAlias(alias: ConfigDirective, directories: readonly Directory[], ledger: ImportLedger): void {
  for (const directory of directories) {
    if (directory.path === alias.args[1] && directory.urlPath === null) {
      directory.urlPath = alias.args[0]!;
      return;
    }
  }
  ledger.leave(alias, `${LOST_IN_VHOST} (Hostplane renders an Alias only for a directory it manages)`);
}

export function importGroup(
  d: ConfigDirective,
  virtualHostId: string | null,
  tenants: ImportTenants,
  daemonOptions?: DaemonOptionArgs,
): DaemonGroup {
  const name = d.args[0] ?? '';
  // Built in the model's key order, then filled from the arguments: one object per group (40k at 10k vhosts).
  const group: DaemonGroup = readDaemonArgs(
    d.args,
    {
      id: `g:${name.toLowerCase()}`,
      virtualHostId,
      tenantId: null,
      name,
      processes: null,
      threads: null,
      user: null,
      group: null,
      options: {},
    },
    daemonOptions,
  );
  const tenant = tenants.forGroupUser(group.user, group.group, () =>
    joined('WSGIDaemonProcess ', name, ' runs as user=', group.user!, ' (', where(d), ')'),
  );
  if (tenant !== null) {
    group.tenantId = tenant.id;
    // The tenant's strings when the text is the same: every group of a tenant would keep copies of its own.
    if (group.user === tenant.unixUser) group.user = tenant.unixUser;
    if (group.group === tenant.unixGroup) group.group = tenant.unixGroup;
  }
  return group;
}

function importDirectory(
  section: ConfigDirective,
  vhost: VirtualHost,
  groups: readonly DaemonGroup[],
  tenants: ImportTenants,
  ledger: ImportLedger,
): Directory | null {
  if (section.nameKey !== 'directory' || section.args.length !== 1 || section.args[0] === '~') {
    ledger.leave(section, `${LOST_IN_VHOST} (Hostplane manages plain <Directory path> blocks only)`);
    return null;
  }
  const path = section.args[0]!;
  const directory: Directory = {
    id: joined('d:', vhost.id, ':', path),
    virtualHostId: vhost.id,
    tenantId: '',
    path: withoutTrailingSlashes(path),
    urlPath: null,
    allowOverride: [],
    options: [],
    handlers: [],
    restrictProcess: null,
    processGroup: null,
    env: {},
    rules: [],
  };
  let left: ConfigDirective[] | undefined;
  for (const d of section.children ?? []) {
    if (d.nameKey === 'options' && d.children === undefined) directory.options = [...d.args];
    else if (d.nameKey === 'allowoverride' && d.args.every((a) => OVERRIDE_CLASSES.includes(a))) {
      directory.allowOverride = d.args as OverrideClass[];
    } else if (d.nameKey === 'addhandler' && d.args.length >= 2) {
      directory.handlers = appendOne(directory.handlers, {
        handler: d.args[0]!,
        extensions: d.args.slice(1),
      });
    } else if (d.nameKey === 'wsgirestrictprocess') directory.restrictProcess = [...d.args];
    else if (d.nameKey === 'setenv' && d.args.length >= 1 && d.args.length <= 2)
      setEnv(directory.env, d.args);
    else if (d.nameKey === 'wsgiprocessgroup' && d.args.length === 1) directory.processGroup = d.args[0]!;
    else (left ??= []).push(d);
  }
  const tenant = directoryTenant(directory, groups, tenants, section, vhost.processGroup);
  if (tenant === null) {
    ledger.leave(
      section,
      `${LOST_IN_VHOST}: no tenant could be inferred for ${path} (not under /home/<user>, and neither its restriction list nor its WSGIProcessGroup names a tenant's group); add it by hand`,
    );
    return null;
  }
  directory.tenantId = tenant;
  if (left !== undefined)
    for (const d of left) ledger.leave(d, `${LOST_IN_VHOST} (inside <Directory ${path}>)`);
  return directory;
}

/** `path.replace(/\/+$/, '') || '/'` without a regex per directory. */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  if (end === 0) return '/';
  return end === path.length ? path : path.slice(0, end);
}

const SLASH = 0x2f;

/**
 * The model keeps these lists to the end of the import: a first item gets an array of its size, where a push onto
 * `[]` reserves room for 16.
 */
function appendAll(list: string[], items: readonly string[]): string[] {
  if (list.length === 0) return items.slice();
  list.push(...items);
  return list;
}

function appendOne<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  list.push(item);
  return list;
}

function directoryTenant(
  directory: Directory,
  groups: readonly DaemonGroup[],
  tenants: ImportTenants,
  at: ConfigDirective,
  vhostGroup: string | null,
): string | null {
  const home = tenants.forHomePath(directory.path, () =>
    joined('<Directory ', directory.path, "> lies in that user's home (", where(at), ')'),
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
