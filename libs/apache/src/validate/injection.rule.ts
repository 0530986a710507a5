import type { Diagnostic } from '../model/diagnostic.js';
import {
  DEFAULT_PROCESS_GROUP_VARIABLE,
  type DaemonGroup,
  type Directory,
  type ServerModel,
  type Tenant,
  type VirtualHost,
} from '../model/server-model.js';
import {
  findUnsafeCharacters,
  isLexicallySafe,
  isPlainlySafe,
  type UnsafeReason,
} from '../syntax/unsafe-characters.js';
import { error, paths, segment } from './diagnostics.js';
import type { ModelIndex } from './model-index.js';

/** How a value is written: a directive argument, a regex argument, or free text inside a `#` comment. */
type Mode = 'word' | 'regex' | 'comment';
type Rendered = [path: string, value: string, mode?: Mode];

/** In a comment only what ends or continues the line matters. */
const COMMENT_DANGERS = new Set<UnsafeReason>([
  'line-break',
  'nul',
  'control-character',
  'unicode-line-separator',
  'non-printable',
  'trailing-backslash',
  'too-long',
]);

/**
 * Receives each rendered value with its mode and the parts of its model path (`field[/i][/sub][/j]` under
 * the entity), so a caller that finds the value clean never has to build the path string.
 */
type Visit = (value: string, mode: Mode, field: string, i?: number, sub?: string, j?: number) => void;

function visitEnv(env: Record<string, string>, visit: Visit): void {
  for (const name in env) {
    if (!Object.hasOwn(env, name)) continue;
    visit(name, 'word', 'env', undefined, name);
    visit(env[name] as string, 'word', 'env', undefined, name);
  }
}

function visitServer(model: ServerModel, visit: Visit): void {
  visit(model.name, 'comment', 'name');
  visit(model.configDir, 'word', 'configDir');
  visit(model.apacheUser, 'word', 'apacheUser');
  visit(model.apacheGroup, 'word', 'apacheGroup');
  if (model.socketPrefix !== null) visit(model.socketPrefix, 'word', 'socketPrefix');
  const list = model.restrictProcess ?? [];
  for (let i = 0; i < list.length; i++) visit(list[i] as string, 'word', 'restrictProcess', i);
  if (model.processGroup !== null && model.processGroup !== undefined)
    visit(model.processGroup, 'word', 'processGroup');
}

function visitGroup(group: DaemonGroup, visit: Visit): void {
  visit(group.name, 'word', 'name');
  if (group.user !== null) visit(group.user, 'word', 'user');
  if (group.group !== null) visit(group.group, 'word', 'group');
  for (const name in group.options) {
    if (!Object.hasOwn(group.options, name)) continue;
    visit(name, 'word', 'options', undefined, name);
    const value = group.options[name];
    if (typeof value === 'string') visit(value, 'word', 'options', undefined, name);
  }
}

function visitVhost(vhost: VirtualHost, visit: Visit): void {
  visit(vhost.serverName, 'word', 'serverName');
  for (let i = 0; i < vhost.serverAliases.length; i++)
    visit(vhost.serverAliases[i] as string, 'word', 'serverAliases', i);
  for (let i = 0; i < vhost.addresses.length; i++)
    visit(vhost.addresses[i] as string, 'word', 'addresses', i);
  if (vhost.documentRoot !== null) visit(vhost.documentRoot, 'word', 'documentRoot');
  if (vhost.processGroup !== null) visit(vhost.processGroup, 'word', 'processGroup');
  if (vhost.applicationGroup !== null) visit(vhost.applicationGroup, 'word', 'applicationGroup');
  const list = vhost.restrictProcess ?? [];
  for (let i = 0; i < list.length; i++) visit(list[i] as string, 'word', 'restrictProcess', i);
  visitEnv(vhost.env, visit);
  const map = vhost.processGroupMap;
  if (map !== null) {
    visit(map.variable, 'word', 'processGroupMap/variable');
    visit(map.fallback, 'word', 'processGroupMap/fallback');
    map.entries.forEach((e, i) => {
      visit(e.uri, 'word', 'processGroupMap/entries', i, 'uri');
      visit(e.processGroup, 'word', 'processGroupMap/entries', i, 'processGroup');
    });
  }
}

function visitTenant(tenant: Tenant, visit: Visit): void {
  visit(tenant.name, 'comment', 'name');
  visit(tenant.unixUser, 'word', 'unixUser');
  visit(tenant.unixGroup, 'word', 'unixGroup');
}

function visitDirectory(d: Directory, visit: Visit): void {
  visit(d.path, 'word', 'path');
  if (d.urlPath !== null) visit(d.urlPath, 'word', 'urlPath');
  for (let i = 0; i < d.allowOverride.length; i++)
    visit(d.allowOverride[i] as string, 'word', 'allowOverride', i);
  for (let i = 0; i < d.options.length; i++) visit(d.options[i] as string, 'word', 'options', i);
  d.handlers.forEach((h, i) => {
    visit(h.handler, 'word', 'handlers', i, 'handler');
    h.extensions.forEach((e, j) => visit(e, 'word', 'handlers', i, 'extensions', j));
  });
  const list = d.restrictProcess ?? [];
  for (let i = 0; i < list.length; i++) visit(list[i] as string, 'word', 'restrictProcess', i);
  if (d.processGroup !== null) visit(d.processGroup, 'word', 'processGroup');
  visitEnv(d.env, visit);
  d.rules.forEach((r, i) => {
    if (r.files !== undefined) visit(r.files, 'word', 'rules', i, 'files');
    if (r.filesMatch !== undefined) visit(r.filesMatch, 'regex', 'rules', i, 'filesMatch');
    visit(r.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE, 'word', 'rules', i, 'variable');
    visit(r.processGroup, 'word', 'rules', i, 'processGroup');
  });
}

function pathOf(base: string, field: string, i?: number, sub?: string, j?: number): string {
  let path = `${base}/${field}`;
  if (i !== undefined) path += `/${i}`;
  if (sub !== undefined) path += `/${segment(sub)}`;
  if (j !== undefined) path += `/${j}`;
  return path;
}

/** Every rendered string of one directory with its path and mode. */
export function directoryValues(d: Directory): Rendered[] {
  const base = paths.directory(d.id, '').slice(0, -1);
  const out: Rendered[] = [];
  visitDirectory(d, (value, mode, field, i, sub, j) =>
    out.push([pathOf(base, field, i, sub, j), value, mode]),
  );
  return out;
}

/** UNSAFE_CONFIG_VALUE for each rendered value Apache's line parser would reinterpret (spec §5.2). */
export function checkRenderedValues(values: readonly Rendered[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [path, value, mode = 'word'] of values) {
    let problems = findUnsafeCharacters(value, { allowEscapes: mode !== 'word' });
    if (mode === 'comment') problems = problems.filter((p) => COMMENT_DANGERS.has(p.reason));
    if (problems.length > 0) {
      out.push(error('UNSAFE_CONFIG_VALUE', path, `value ${problems.map((p) => p.message).join('; ')}`));
    }
  }
  return out;
}

const WORD = { allowEscapes: false };
const ESCAPES = { allowEscapes: true };

/**
 * Checks values as they are visited. Clean values (nearly all of them) cost one character scan; only a
 * value that fails it gets its path built and the full classification of checkRenderedValues.
 */
class InjectionCheck {
  constructor(readonly out: Diagnostic[] = []) {}
  private prefix = '';
  private id = '';
  readonly visit: Visit = (value, mode, field, i, sub, j) => {
    if (value === '') {
      if (mode !== 'comment') this.out.push(emptyValue(pathOf(`${this.prefix}${this.id}`, field, i, sub, j)));
      return;
    }
    if (isPlainlySafe(value, mode !== 'word') || isLexicallySafe(value, mode === 'word' ? WORD : ESCAPES))
      return;
    const base = `${this.prefix}${this.id}`;
    this.out.push(...checkRenderedValues([[pathOf(base, field, i, sub, j), value, mode]]));
  };
  /** Values visited next belong to `${prefix}${id}`; the string is only built for a bad value. */
  entity(prefix: string, id = ''): Visit {
    this.prefix = prefix;
    this.id = id;
    return this.visit;
  }
}

/**
 * The renderer writes every value unquoted, so an empty one would vanish from its directive (an empty SetEnv
 * value, `display-name=`): it refuses them, and so must validation, or GET /config answers 500 (issue 9, finding 3).
 */
export const EMPTY_CONFIG_VALUE = 'EMPTY_CONFIG_VALUE';

function emptyValue(path: string): Diagnostic {
  return error(
    EMPTY_CONFIG_VALUE,
    path,
    'is empty, and an empty value cannot be written into Apache config unquoted',
  );
}

/** Non-empty and plainly safe (see isPlainlySafe): nothing to report. */
function isPlain(value: string, allowEscapes = false): boolean {
  return value.length > 0 && isPlainlySafe(value, allowEscapes);
}

/** Every string of a list is plainly safe as a directive argument. */
function allPlain(values: readonly string[]): boolean {
  for (let i = 0; i < values.length; i++) if (!isPlain(values[i] as string)) return false;
  return true;
}

/**
 * True only when every value visitDirectory would visit is plainly safe in its mode, so the visit would report
 * nothing; checked in straight loops, without a visitor call per value (a big server has ~10^6 of them).
 * Must cover at least the values visitDirectory visits: false just means "visit them".
 */
function directoryIsPlain(d: Directory): boolean {
  if (!isPlain(d.path) || (d.urlPath !== null && !isPlain(d.urlPath))) return false;
  if (!allPlain(d.allowOverride) || !allPlain(d.options) || !allPlain(d.restrictProcess ?? [])) return false;
  for (const h of d.handlers) if (!isPlain(h.handler) || !allPlain(h.extensions)) return false;
  if (d.processGroup !== null && !isPlain(d.processGroup)) return false;
  for (const name in d.env) {
    if (Object.hasOwn(d.env, name) && !(isPlain(name) && isPlain(d.env[name] as string))) return false;
  }
  for (const r of d.rules) {
    if (r.files !== undefined && !isPlain(r.files)) return false;
    if (r.filesMatch !== undefined && !isPlain(r.filesMatch, true)) return false;
    if (!isPlain(r.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE) || !isPlain(r.processGroup)) return false;
  }
  return true;
}

/** Every value visitGroup visits is plainly safe in its mode (see directoryIsPlain); false means "visit them". */
function groupIsPlain(g: DaemonGroup): boolean {
  if (!isPlain(g.name) || (g.user !== null && !isPlain(g.user)) || (g.group !== null && !isPlain(g.group)))
    return false;
  const options = g.options;
  for (const name in options) {
    if (!Object.hasOwn(options, name)) continue;
    const value = options[name];
    if (!isPlain(name) || (typeof value === 'string' && !isPlain(value))) return false;
  }
  return true;
}

/** The same for a tenant; its name is comment text, where a plain word is safe too. */
function tenantIsPlain(t: Tenant): boolean {
  return isPlain(t.name) && isPlain(t.unixUser) && isPlain(t.unixGroup);
}

/** UNSAFE_CONFIG_VALUE for one directory's values; what validateDirectory re-checks after an edit. */
export function checkDirectoryInjection(d: Directory): Diagnostic[] {
  const out: Diagnostic[] = [];
  pushDirectoryInjection(out, d);
  return out;
}

/** checkDirectoryInjection onto the caller's list; the checker is made only for a directory that is not plain. */
export function pushDirectoryInjection(out: Diagnostic[], d: Directory): void {
  if (!directoryIsPlain(d)) visitDirectory(d, new InjectionCheck(out).entity('/directories/', d.id));
}

export function checkInjection(index: ModelIndex): Diagnostic[] {
  const out = checkInjectionOutsideDirectories(index);
  // An index loop: for-of allocates an iterator result per item until optimized (see checkDaemonIdentity).
  const directories = index.model.directories;
  for (let i = 0; i < directories.length; i++) pushDirectoryInjection(out, directories[i] as Directory);
  return out;
}

/** checkInjection up to the directories: the server, groups, vhosts and tenants, in that order. */
export function checkInjectionOutsideDirectories({ model }: ModelIndex): Diagnostic[] {
  const check = new InjectionCheck();
  visitServer(model, check.entity('/server'));
  // Index loops: for-of allocates an iterator result per item until optimized (see checkDaemonIdentity).
  const { daemonGroups, virtualHosts, tenants } = model;
  // Groups and tenants (10^4 and more) are first tried in straight loops, as directories are.
  for (let i = 0; i < daemonGroups.length; i++) {
    const g = daemonGroups[i] as DaemonGroup;
    if (!groupIsPlain(g)) visitGroup(g, check.entity('/daemon-groups/', g.id));
  }
  for (let i = 0; i < virtualHosts.length; i++) {
    const v = virtualHosts[i] as VirtualHost;
    visitVhost(v, check.entity('/virtual-hosts/', v.id));
  }
  for (let i = 0; i < tenants.length; i++) {
    const t = tenants[i] as Tenant;
    if (!tenantIsPlain(t)) visitTenant(t, check.entity('/tenants/', t.id));
  }
  return check.out;
}

/** checkInjection without any plain-value shortcut: every value visited and checked. The reference for tests. */
export function checkInjectionInDetail({ model }: ModelIndex): Diagnostic[] {
  const check = new InjectionCheck();
  visitServer(model, check.entity('/server'));
  for (const g of model.daemonGroups) visitGroup(g, check.entity('/daemon-groups/', g.id));
  for (const v of model.virtualHosts) visitVhost(v, check.entity('/virtual-hosts/', v.id));
  for (const t of model.tenants) visitTenant(t, check.entity('/tenants/', t.id));
  for (const d of model.directories) visitDirectory(d, check.entity('/directories/', d.id));
  return check.out;
}
