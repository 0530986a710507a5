import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, VirtualHost, WsgiMount } from '../model/server-model.js';
import { aliasMatches } from '../resolve/url-mapping.js';
import { isAbsolutePath, isUrlPath } from '../syntax/name-patterns.js';
import { isLexicallySafe } from '../syntax/unsafe-characters.js';
import { restrictListAllows } from '../wsgi/restrict-list.js';
import { restrictListAt, restrictListInForce } from '../wsgi/restrict-scope.js';
import { apacheText, error } from './diagnostics.js';
import { checkLiteralGroup, parseProcessGroup } from './group-reference.js';
import type { ModelIndex } from './model-index.js';
import { tenantMaySelect, type SelectionScope } from './tenant-selection.js';

/** Diagnostics point at `/wsgi-mounts/{id}/{field}`, the object a client edits. */
export const mountPath = (id: string, field: string): string => `/wsgi-mounts/${id}/${field}`;

/** mod_wsgi 4.9.4 wsgi_add_script_alias messages (spec §4). */
export const mountApacheText = {
  missingArguments:
    'WSGIScriptAlias requires at least two arguments, Map location to target WSGI script file.',
  processGroup: 'Invalid name for WSGI process group.',
  applicationGroup: 'Invalid name for WSGI application group.',
  callableObject: 'Invalid name for WSGI callable object.',
  notYetConfigured: 'WSGI process group not yet configured.',
  notAccessible: 'WSGI process group not accessible.',
};

/**
 * WSGIScriptAlias mounts (issue 10): mod_wsgi's own errors, group visibility (§2.5), the restriction list in
 * force at the script's location (it applies to process-group=, spec §3 [E:r5]), a tenant's script inside
 * its own directories with a group it may select, and no two tenants (mounts or Aliases) on one URL space.
 */
export function checkWsgiMounts(index: ModelIndex): Diagnostic[] {
  const mounts = index.model.wsgiMounts ?? [];
  if (mounts.length === 0) return [];
  const out: Diagnostic[] = [];
  // Grouped once per vhost that has mounts (its directories too), so each mount costs one lookup: a big server's
  // time here is its Map lookups' cache misses, not the checks.
  const byVhost = new Map<string, MountedVhost>();
  const placed: MountedVhost[] = [];
  for (const mount of mounts) {
    let entry = byVhost.get(mount.virtualHostId);
    if (entry === undefined) {
      entry = { vhost: index.vhostsById.get(mount.virtualHostId), mounts: [], directories: [] };
      byVhost.set(mount.virtualHostId, entry);
    }
    entry.mounts.push(mount);
    placed.push(entry);
  }
  for (const d of index.model.directories) byVhost.get(d.virtualHostId)?.directories.push(d);
  for (let i = 0; i < mounts.length; i++) {
    const mount = mounts[i] as WsgiMount;
    const { vhost, directories } = placed[i] as MountedVhost;
    if (vhost === undefined) {
      out.push(error('UNKNOWN_VIRTUAL_HOST', mountPath(mount.id, 'virtualHostId'), 'no such virtual host'));
    } else {
      checkMount(index, mount, vhost, directories, out);
    }
  }
  for (const entry of byVhost.values()) {
    if (entry.vhost !== undefined) checkUrlSpace(entry.mounts, entry.directories, out);
  }
  return out;
}

interface MountedVhost {
  readonly vhost: VirtualHost | undefined;
  readonly mounts: WsgiMount[];
  readonly directories: Directory[];
}

function checkMount(
  index: ModelIndex,
  mount: WsgiMount,
  vhost: VirtualHost,
  directories: readonly Directory[],
  out: Diagnostic[],
): void {
  checkShape(mount, out);
  const around = containingDirectories(directories, mount.script);
  const pg = mount.processGroup;
  if (pg !== null && pg !== '') {
    const parsed = parseProcessGroup(pg);
    if (parsed.form === 'invalid') {
      out.push(
        error(
          'INVALID_PROCESS_GROUP',
          mountPath(mount.id, 'processGroup'),
          `process-group= ${parsed.reason}`,
        ),
      );
    } else if (parsed.form === 'literal') {
      const found = checkLiteralGroup(index, parsed.name, vhost, () => mountPath(mount.id, 'processGroup'));
      // Both groups literal: mod_wsgi checks the group when it reads the config (spec §2.5 config-time variant).
      const configTime = isConfigTimeChecked(mount.applicationGroup);
      for (const d of found.diagnostics) out.push(configTime ? withConfigTimeText(d) : d);
      if (
        configTime &&
        found.diagnostics.length === 0 &&
        found.group !== null &&
        definedAfter(index, found.group.virtualHostId, vhost)
      ) {
        out.push(
          error(
            'MOUNT_GROUP_DEFINED_LATER',
            mountPath(mount.id, 'processGroup'),
            `${parsed.name} is defined in a <VirtualHost> written after this one; with both groups literal mod_wsgi checks the group when it reads the line`,
            mountApacheText.notYetConfigured,
          ),
        );
      }
    }
    // The restriction list in force at the script's location applies to process-group= [E:r5 /sa2].
    // Without a directory list around the script, the vhost's or the server's list applies (spec §3).
    const restricting = deepestRestricting(around);
    const expanded = parsed.form === 'global' ? '' : parsed.form === 'literal' ? parsed.name : null;
    const list = restrictListAt(index.model, vhost, restricting?.restrictProcess ?? null);
    if (list !== null && expanded !== null && !restrictListAllows(list, expanded)) {
      const inForce = restrictListInForce(index.model, vhost, restricting?.restrictProcess ?? null);
      const where =
        restricting !== undefined
          ? `<Directory ${restricting.path}>`
          : inForce.scope === 'virtual-host'
            ? `the virtual host ${vhost.serverName}`
            : 'the server';
      out.push(
        error(
          'MOUNT_GROUP_NOT_IN_RESTRICT_LIST',
          mountPath(mount.id, 'processGroup'),
          `the WSGIRestrictProcess of ${where} applies to the script and does not list ${pg}: every request would answer 500`,
          apacheText.notInRestrictList(expanded),
        ),
      );
    }
  }
  if (mount.tenantId !== null) {
    const refused = checkTenantMount(index, mount, vhost, around);
    if (refused !== null) out.push(refused);
  }
}

/** The mount options whose value is one word, with their code and mod_wsgi's refusal. */
const OPTION_TEXTS: readonly [
  keyof WsgiMount & ('processGroup' | 'applicationGroup' | 'callableObject'),
  string,
  string,
][] = [
  ['processGroup', 'INVALID_PROCESS_GROUP', mountApacheText.processGroup],
  ['applicationGroup', 'INVALID_APPLICATION_GROUP', mountApacheText.applicationGroup],
  ['callableObject', 'INVALID_CALLABLE_OBJECT', mountApacheText.callableObject],
];

function checkShape(mount: WsgiMount, out: Diagnostic[]): void {
  const { id } = mount;
  if ((mount.urlPath === null) === (mount.urlPattern === null)) {
    out.push(
      error(
        'INVALID_MOUNT_URL',
        mountPath(id, 'urlPath'),
        'exactly one of urlPath (WSGIScriptAlias) and urlPattern (WSGIScriptAliasMatch) must be set',
        mount.urlPath === null ? mountApacheText.missingArguments : undefined,
      ),
    );
  } else if (mount.urlPath !== null && (!isLexicallySafe(mount.urlPath) || !isUrlPath(mount.urlPath))) {
    out.push(
      error('INVALID_URL_PATH', mountPath(id, 'urlPath'), 'the mount URL path must be an absolute URL path'),
    );
  } else if (mount.urlPattern !== null && !isRegex(mount.urlPattern)) {
    out.push(
      error(
        'INVALID_URL_PATTERN',
        mountPath(id, 'urlPattern'),
        'urlPattern is not a valid regular expression',
      ),
    );
  }
  if (!isLexicallySafe(mount.script) || !isAbsolutePath(mount.script)) {
    out.push(
      error(
        'INVALID_PATH',
        mountPath(id, 'script'),
        'the script must be an absolute path matching ^/[A-Za-z0-9._/-]+$',
        mount.script === '' ? mountApacheText.missingArguments : undefined,
      ),
    );
  }
  for (const [field, code, apacheMessage] of OPTION_TEXTS) {
    const value = mount[field];
    if (value === '') out.push(error(code, mountPath(id, field), `${field} is empty`, apacheMessage));
    else if (value !== null && !isLexicallySafe(value)) {
      out.push(
        error(code, mountPath(id, field), `${field} contains characters Hostplane never writes unquoted`),
      );
    }
  }
}

/** A tenant's mount: the script in its own directories of this vhost, and a group it may select there. */
function checkTenantMount(
  index: ModelIndex,
  mount: WsgiMount,
  vhost: VirtualHost,
  around: readonly Directory[],
): Diagnostic | null {
  const tenantId = mount.tenantId as string;
  if (!index.tenantsById.has(tenantId)) {
    return error('UNKNOWN_TENANT', mountPath(mount.id, 'tenantId'), 'no such tenant');
  }
  const own = deepestOwnedBy(around, tenantId);
  if (own === undefined || around.some((d) => d.tenantId !== tenantId && d.path.length > own.path.length)) {
    return error(
      'MOUNT_SCRIPT_OUTSIDE_TENANT_DIRECTORIES',
      mountPath(mount.id, 'script'),
      `${mount.script} is not inside one of the tenant's directories of ${vhost.serverName}`,
    );
  }
  if (mount.processGroup === null) {
    return error(
      'MOUNT_PROCESS_GROUP_REQUIRED',
      mountPath(mount.id, 'processGroup'),
      "a tenant's mount names its process group; otherwise the vhost's default (possibly embedded mode as the Apache user) would run it",
    );
  }
  // The restriction list in force is the deepest one around the script, which may sit above `own`.
  const restricting = deepestRestricting(around);
  const scope = { tenantId, restrictProcess: restricting?.restrictProcess ?? null };
  if (mount.processGroup !== '' && !tenantMaySelect(index, vhost, scope, mount.processGroup)) {
    const inForce = restrictListAt(index.model, vhost, scope.restrictProcess);
    return error(
      'GROUP_NOT_ALLOWED_FOR_TENANT',
      mountPath(mount.id, 'processGroup'),
      `the tenant may not run its mount in ${mount.processGroup}: ` +
        (inForce !== null
          ? // Only what the tenant may choose: an inherited list names other tenants' groups too.
            `the restriction list at the script's location lets it choose ${offered(index, vhost, scope, inForce) || 'nothing'}`
          : 'only its own daemon groups visible from this virtual host are allowed'),
    );
  }
  return null;
}

/**
 * No two tenants on one URL space: mounts overlap when one's URL path matches the other's segment-wise
 * (mod_wsgi compares like mod_alias). An Alias of a directory inside a tenant's mount must be the same
 * tenant's; an Alias covering a mount's whole URL shadows it (mod_alias translates first, [E] oracle).
 * Overlapping paths share their first segment unless one is "/", so only those are compared: a write on a
 * vhost with thousands of mounts stays linear-ish instead of comparing every pair.
 */
export function checkUrlSpace(
  mounts: readonly WsgiMount[],
  directories: readonly Directory[],
  out: Diagnostic[],
): void {
  // The common vhost (one app mounted, no Alias) has nothing to compare: no buckets built for it.
  if (mounts.length === 1 && directories.every((d) => d.urlPath === null)) return;
  if (mounts.length === 1) checkAliasesOfOneMount(mounts[0] as WsgiMount, directories, out);
  else checkUrlSpaceByBuckets(mounts, directories, out);
}

/**
 * checkUrlSpaceByBuckets for a vhost with one mount (one app per tenant, and its directories' Aliases): no mount to
 * compare with, and the Aliases its buckets would offer (those at "/" and then those of the mount's first segment,
 * each in directory order; every one for a mount at "/") are found by two passes instead of two Buckets per vhost.
 */
function checkAliasesOfOneMount(
  mount: WsgiMount,
  directories: readonly Directory[],
  out: Diagnostic[],
): void {
  const url = mount.urlPath;
  if (url === null || !isUrlPath(url)) return;
  const segment = firstSegment(url);
  if (segment === '') {
    for (const d of directories) if (isAlias(d)) compareWithAlias(mount, url, d, out);
    return;
  }
  for (const d of directories) {
    if (isAlias(d) && firstSegment(d.urlPath as string) === '') compareWithAlias(mount, url, d, out);
  }
  for (const d of directories) {
    if (isAlias(d) && firstSegment(d.urlPath as string) === segment) compareWithAlias(mount, url, d, out);
  }
}

function isAlias(d: Directory): boolean {
  return d.urlPath !== null && isUrlPath(d.urlPath);
}

/** checkUrlSpace for any number of mounts (exported for the test that holds the one-mount path equal to it). */
export function checkUrlSpaceByBuckets(
  mounts: readonly WsgiMount[],
  directories: readonly Directory[],
  out: Diagnostic[],
): void {
  const aliases = new Buckets<Directory>();
  for (const d of directories) if (d.urlPath !== null && isUrlPath(d.urlPath)) aliases.add(d.urlPath, d);
  const earlier = new Buckets<WsgiMount>();
  for (const a of mounts) {
    const aUrl = a.urlPath;
    if (aUrl === null || !isUrlPath(aUrl)) continue;
    for (const b of earlier.near(aUrl)) {
      const bUrl = b.urlPath as string;
      if (aliasMatches(aUrl, bUrl) === 0 && aliasMatches(bUrl, aUrl) === 0) continue;
      if (a.tenantId !== b.tenantId) {
        out.push(
          error(
            'MOUNT_URL_SPACE_TAKEN',
            mountPath(a.id, 'urlPath'),
            `${aUrl} overlaps the mount ${bUrl} of another owner`,
          ),
        );
      } else if (aUrl === bUrl) {
        out.push(
          error(
            'DUPLICATE_MOUNT',
            mountPath(a.id, 'urlPath'),
            `${aUrl} is already mounted; the second line is never reached`,
          ),
        );
      }
    }
    earlier.add(aUrl, a);
    for (const d of aliases.near(aUrl)) compareWithAlias(a, aUrl, d, out);
  }
}

/** The mount `a` (at `aUrl`) against the Alias of directory `d`. */
function compareWithAlias(a: WsgiMount, aUrl: string, d: Directory, out: Diagnostic[]): void {
  const alias = d.urlPath as string;
  if (aliasMatches(aUrl, alias) > 0) {
    out.push(
      error(
        'MOUNT_SHADOWED_BY_ALIAS',
        mountPath(a.id, 'urlPath'),
        `Alias ${alias} (<Directory ${d.path}>) covers ${aUrl}; mod_alias translates before mod_wsgi, so the mount is never reached`,
      ),
    );
  } else if (aliasMatches(alias, aUrl) > 0 && a.tenantId !== null && d.tenantId !== a.tenantId) {
    out.push(
      error(
        'MOUNT_URL_SPACE_TAKEN',
        mountPath(a.id, 'urlPath'),
        `Alias ${alias} of another tenant's directory lies inside the mount ${aUrl}`,
      ),
    );
  }
}

/** URL paths by first segment ("" = "/", which overlaps everything), in insertion order. */
class Buckets<T> {
  private readonly all: T[] = [];
  private readonly root: T[] = [];
  private readonly bySegment = new Map<string, T[]>();

  add(url: string, item: T): void {
    this.all.push(item);
    const key = firstSegment(url);
    if (key === '') this.root.push(item);
    else {
      const list = this.bySegment.get(key);
      if (list === undefined) this.bySegment.set(key, [item]);
      else list.push(item);
    }
  }

  /** Every item whose URL path can overlap `url`. */
  near(url: string): readonly T[] {
    const key = firstSegment(url);
    if (key === '') return this.all;
    const same = this.bySegment.get(key) ?? [];
    return this.root.length === 0 ? same : [...this.root, ...same];
  }
}

function firstSegment(url: string): string {
  let i = 0;
  while (url[i] === '/') i++;
  const end = url.indexOf('/', i);
  return end < 0 ? url.slice(i) : url.slice(i, end);
}

/** The vhost's directories containing the script's directory, shallow → deep. */
export function containingDirectories(directories: readonly Directory[], script: string): Directory[] {
  const found: Directory[] = [];
  for (const d of directories) if (containsFile(d.path, script)) found.push(d);
  return found.length < 2 ? found : found.sort((a, b) => a.path.length - b.path.length);
}

/** `file` lies below the directory `path`: it starts with `path` followed by "/" (no string built per pair). */
function containsFile(path: string, file: string): boolean {
  return file.startsWith(path) && (path.endsWith('/') || file.charCodeAt(path.length) === SLASH);
}

const SLASH = 0x2f;

function deepestRestricting(around: readonly Directory[]): Directory | undefined {
  for (let i = around.length - 1; i >= 0; i--) {
    const d = around[i] as Directory;
    if (d.restrictProcess !== null) return d;
  }
  return undefined;
}

function deepestOwnedBy(around: readonly Directory[], tenantId: string): Directory | undefined {
  for (let i = around.length - 1; i >= 0; i--) {
    const d = around[i] as Directory;
    if (d.tenantId === tenantId) return d;
  }
  return undefined;
}

/**
 * With both groups set, mod_wsgi checks process-group= while reading the line unless a value holds `%{`;
 * observed on Apache (test/oracle/wsgi-mounts): application-group=%{GLOBAL} still counts as literal.
 */
function isConfigTimeChecked(applicationGroup: string | null): boolean {
  return applicationGroup !== null && (applicationGroup === '%{GLOBAL}' || !applicationGroup.includes('%{'));
}

/** The renderer writes vhosts by ServerName then id: a group of a vhost written later is "not yet configured". */
function definedAfter(index: ModelIndex, groupVhostId: string | null, vhost: VirtualHost): boolean {
  if (groupVhostId === null || groupVhostId === vhost.id) return false;
  const owner = index.vhostsById.get(groupVhostId);
  if (owner === undefined) return false;
  if (owner.serverName !== vhost.serverName) return owner.serverName > vhost.serverName;
  return owner.id > vhost.id;
}

function withConfigTimeText(d: Diagnostic): Diagnostic {
  if (d.code === 'UNKNOWN_GROUP') return { ...d, apacheMessage: mountApacheText.notYetConfigured };
  if (d.code === 'GROUP_NOT_VISIBLE') return { ...d, apacheMessage: mountApacheText.notAccessible };
  return d;
}

function isRegex(pattern: string): boolean {
  if (pattern === '' || !isLexicallySafe(pattern, { allowEscapes: true })) return false;
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** The entries of `list` the tenant may select (tenantMaySelect), for a message the tenant reads. */
function offered(
  index: ModelIndex,
  vhost: VirtualHost,
  scope: SelectionScope,
  list: readonly string[],
): string {
  return [...new Set(list.filter((value) => tenantMaySelect(index, vhost, scope, value)))].join(' ');
}
