import type { DaemonGroup, Directory, ServerModel, VirtualHost } from '../model/server-model.js';
import { compareText } from '../render/rendered-file.js';
import { restrictListMatch, type RestrictListMatch } from '../wsgi/restrict-list.js';
import { sortByKeyThenId, sortedEntries, sortedTexts } from '../render/stable-order.js';
import { serverNameHost } from '../syntax/name-patterns.js';
import { serverNamePort } from './host-header.js';
import { prepareDirectories, type PreparedDirectory } from './directory-chain.js';
import { compileRules, type CompiledRule } from './htaccess-rules.js';
import type { AliasLine } from './url-mapping.js';
import { VirtualHostIndex } from './virtual-host-index.js';
import { wsgiMessages, type WsgiMessages } from './wsgi-messages.js';

export interface PreparedVirtualHost {
  vhost: VirtualHost;
  /** `<VirtualHost *:80>` as rendered (addresses sorted). */
  section: string;
  aliases: (AliasLine & { directory: Directory })[];
  directories: PreparedDirectory[];
  /** server_hostname (ServerName without scheme/port, case kept) and the ServerName port, if any. */
  serverHostname: string;
  serverNamePort: number | null;
  /** Vhost-level SetEnv lines in rendered order. */
  env: [string, string][];
  /** The txt: map as Apache reads it: first line for a URI wins, lines sorted by URI then group. */
  map: ReadonlyMap<string, string> | null;
}

export interface HtaccessFile {
  path: string;
  rules: CompiledRule[];
}

/**
 * Everything resolve() needs, indexed once per model (the bench target is ≤ 20 µs per request on 10,000
 * vhosts). Orders follow render/: vhosts by ServerName then id, directories (and so Aliases) by path then id,
 * SetEnv by name, AddHandler by handler then extensions.
 *
 * The API rebuilds this after every write, so the constructor only does single passes over the model:
 * per-vhost tables, .htaccess matchers and the daemon/vhost-id maps are built on the first request that
 * needs them. That relies on the model not changing afterwards (api/engine CachedModel never mutates it).
 */
export class PreparedModel {
  readonly vhostIndex: VirtualHostIndex;
  readonly messages: WsgiMessages;
  /** Only mod_wsgi's dispatch needs these two: built on the first request that gets that far. */
  private byId: Map<string, VirtualHost> | null = null;
  private groups: Map<string, DaemonGroup> | null = null;
  private readonly perVhost = new Map<string, PreparedVirtualHost>();
  /**
   * The directories of each vhost as a chain through the model's array (vhost id → first index, then
   * `nextDirectory`), in model order, so grouping allocates no array per vhost.
   */
  private readonly firstDirectory = new Map<string, number>();
  private readonly nextDirectory: Int32Array;
  /** The directory whose rules Apache reads as `<path>/.htaccess`, and its rules once compiled. */
  private readonly htaccessSources = new Map<string, Directory>();
  private readonly htaccess = new Map<string, HtaccessFile>();
  private readonly restrictMemo = new Map<readonly string[], Map<string, RestrictListMatch>>();

  constructor(readonly model: ServerModel) {
    this.vhostIndex = new VirtualHostIndex(model.virtualHosts);
    this.messages = wsgiMessages(model.modWsgiVersion);
    const dirs = model.directories;
    this.nextDirectory = new Int32Array(dirs.length);
    // Backwards, so that each chain reads in model order.
    for (let i = dirs.length - 1; i >= 0; i--) {
      const dir = dirs[i] as Directory;
      this.nextDirectory[i] = this.firstDirectory.get(dir.virtualHostId) ?? -1;
      this.firstDirectory.set(dir.virtualHostId, i);
      if (dir.rules.length === 0) continue;
      // One .htaccess per path; render refuses differing rules for the same path, so the first directory in
      // rendered order stands: least (path, id), the earliest in the model on a tie (we walk backwards).
      const path = trimSlash(dir.path);
      const current = this.htaccessSources.get(path);
      if (current === undefined || !renderedBefore(current, dir)) this.htaccessSources.set(path, dir);
    }
  }

  /** Vhost id → vhost (a later duplicate id wins, as `new Map(entries)` does). */
  get vhostById(): ReadonlyMap<string, VirtualHost> {
    if (this.byId === null) {
      this.byId = new Map();
      for (const vhost of this.model.virtualHosts) this.byId.set(vhost.id, vhost);
    }
    return this.byId;
  }

  /** Exact, case-sensitive daemon lookup (mod_wsgi's hash of WSGIDaemonProcess names). */
  daemonGroup(name: string): DaemonGroup | undefined {
    if (this.groups === null) {
      this.groups = new Map();
      for (const group of this.model.daemonGroups)
        if (!this.groups.has(group.name)) this.groups.set(group.name, group);
    }
    return this.groups.get(name);
  }

  /** wsgi/restrictListMatch, memoised per list (bounded: %{HOST} makes group names request-controlled). */
  restrictMatch(list: readonly string[] | null, group: string): RestrictListMatch {
    if (list === null) return 'unrestricted';
    let memo = this.restrictMemo.get(list);
    if (memo === undefined) this.restrictMemo.set(list, (memo = new Map()));
    let match = memo.get(group);
    if (match === undefined) {
      match = restrictListMatch(list, group);
      if (memo.size >= 64) memo.clear();
      memo.set(group, match);
    }
    return match;
  }

  htaccessAt(path: string): HtaccessFile | undefined {
    const source = this.htaccessSources.get(path);
    if (source === undefined) return undefined;
    let file = this.htaccess.get(path);
    if (file === undefined) {
      file = { path, rules: compileRules(source) };
      this.htaccess.set(path, file);
    }
    return file;
  }

  virtualHost(vhost: VirtualHost): PreparedVirtualHost {
    let prepared = this.perVhost.get(vhost.id);
    if (prepared === undefined) {
      prepared = this.prepare(vhost);
      this.perVhost.set(vhost.id, prepared);
    }
    return prepared;
  }

  private prepare(vhost: VirtualHost): PreparedVirtualHost {
    const own: Directory[] = [];
    const all = this.model.directories;
    for (let i = this.firstDirectory.get(vhost.id) ?? -1; i !== -1; i = this.nextDirectory[i] as number) {
      own.push(all[i] as Directory);
    }
    const dirs = sortByKeyThenId(own, (d) => d.path).map(withRenderedHandlerOrder);
    const aliases = dirs
      .filter((d) => d.urlPath !== null)
      .map((d) => ({ urlPath: d.urlPath as string, path: d.path, directory: d }));
    let map: Map<string, string> | null = null;
    if (vhost.processGroupMap !== null) {
      map = new Map();
      const entries = [...vhost.processGroupMap.entries].sort(
        (a, b) => compareText(a.uri, b.uri) || compareText(a.processGroup, b.processGroup),
      );
      for (const e of entries) if (!map.has(e.uri)) map.set(e.uri, e.processGroup);
    }
    return {
      vhost,
      serverHostname: serverNameHost(vhost.serverName),
      serverNamePort: serverNamePort(vhost.serverName),
      section: `<VirtualHost ${sortedTexts(vhost.addresses).join(' ')}>`,
      aliases,
      directories: prepareDirectories(dirs),
      env: sortedEntries(vhost.env),
      map,
    };
  }
}

/** The path without trailing slashes ("/" and "//" give "/"); a scan, since it runs once per directory. */
function trimSlash(path: string): string {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 0x2f) end--;
  if (end === path.length) return path;
  return end === 1 && path.charCodeAt(0) === 0x2f ? '/' : path.slice(0, end);
}

function renderedBefore(a: Directory, b: Directory): boolean {
  return (compareText(a.path, b.path) || compareText(a.id, b.id)) < 0;
}

/** AddHandler lines are rendered sorted; a later line wins for an extension, so keep that order. */
function withRenderedHandlerOrder(dir: Directory): Directory {
  // Nothing to reorder: share the model's object instead of copying it.
  if (dir.handlers.length < 2) return dir;
  const handlers = [...dir.handlers].sort(
    (a, b) =>
      compareText(a.handler, b.handler) ||
      compareText(sortedTexts(a.extensions).join(' '), sortedTexts(b.extensions).join(' ')),
  );
  return { ...dir, handlers };
}
