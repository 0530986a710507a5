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
 */
export class PreparedModel {
  readonly vhostIndex: VirtualHostIndex;
  readonly vhostById: ReadonlyMap<string, VirtualHost>;
  readonly messages: WsgiMessages;
  private readonly groups = new Map<string, DaemonGroup>();
  private readonly perVhost = new Map<string, PreparedVirtualHost>();
  private readonly directoriesByVhost = new Map<string, Directory[]>();
  private readonly htaccess = new Map<string, HtaccessFile>();
  private readonly restrictMemo = new Map<readonly string[], Map<string, RestrictListMatch>>();

  constructor(readonly model: ServerModel) {
    const ordered = sortByKeyThenId(model.virtualHosts, (v) => v.serverName);
    this.vhostIndex = new VirtualHostIndex(ordered);
    this.vhostById = new Map(model.virtualHosts.map((v) => [v.id, v]));
    this.messages = wsgiMessages(model.modWsgiVersion);
    for (const group of model.daemonGroups)
      if (!this.groups.has(group.name)) this.groups.set(group.name, group);
    for (const dir of sortByKeyThenId(model.directories, (d) => d.path)) {
      const list = this.directoriesByVhost.get(dir.virtualHostId);
      if (list === undefined) this.directoriesByVhost.set(dir.virtualHostId, [dir]);
      else list.push(dir);
      // One .htaccess per path; render refuses differing rules for the same path, so the first one stands.
      const path = trimSlash(dir.path);
      if (dir.rules.length > 0 && !this.htaccess.has(path)) {
        this.htaccess.set(path, { path, rules: compileRules(dir) });
      }
    }
  }

  /** Exact, case-sensitive daemon lookup (mod_wsgi's hash of WSGIDaemonProcess names). */
  daemonGroup(name: string): DaemonGroup | undefined {
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
    return this.htaccess.get(path);
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
    const dirs = (this.directoriesByVhost.get(vhost.id) ?? []).map(withRenderedHandlerOrder);
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

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
}

/** AddHandler lines are rendered sorted; a later line wins for an extension, so keep that order. */
function withRenderedHandlerOrder(dir: Directory): Directory {
  const handlers = [...dir.handlers].sort(
    (a, b) =>
      compareText(a.handler, b.handler) ||
      compareText(sortedTexts(a.extensions).join(' '), sortedTexts(b.extensions).join(' ')),
  );
  return { ...dir, handlers };
}
