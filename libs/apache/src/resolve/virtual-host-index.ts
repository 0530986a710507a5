import type { VirtualHost } from '../model/server-model.js';
import { compareText } from '../render/rendered-file.js';
import { serverNameHost } from '../syntax/name-patterns.js';
import { foldAscii as asciiLower } from './ascii-fold.js';
import { addressPort } from './host-header.js';

/** How the chosen vhost was found, for the trace. */
export type VirtualHostMatch =
  | { kind: 'server-name'; name: string }
  | { kind: 'server-alias'; name: string }
  | { kind: 'default'; reason: string };

export interface VirtualHostChoice {
  vhost: VirtualHost;
  match: VirtualHostMatch;
}

interface WildcardAlias {
  position: number;
  alias: string;
  /** Compiled on the first Host it is tested against. */
  pattern: RegExp | null;
}

/** ap_strcasecmp_match: `*` = any run of characters (dots included), `?` = one character, case-insensitive. */
function wildcardPattern(alias: string): RegExp {
  const body = alias
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'is');
}

const isWildcard = (name: string): boolean => name.includes('*') || name.includes('?');

/**
 * Apache's name-based vhost selection (H vhost.c check_hostname / matches_aliases): among the vhosts
 * listening on the request's port, the FIRST one in config order whose ServerName, ServerAlias or wildcard
 * ServerAlias equals the Host name (case-insensitively) wins; no match → the first vhost of that address.
 *
 * Config order is render's (ServerName, then id). Instead of sorting every vhost up front, the index keeps
 * model positions and compares candidates in that order when a name has several (rare), so building it is
 * one pass over the model.
 */
export class VirtualHostIndex {
  /** Address → port, shared by the many vhosts that listen on the same `*:80`. */
  private readonly addressPorts = new Map<string, number | null>();
  /** Lower-cased name → the model position of each vhost using it (a bare number for the usual single one). */
  private readonly byName = new Map<string, number | number[]>();
  /** Wildcard aliases; put in config order on the first request that reaches them. */
  private wildcards: WildcardAlias[] = [];
  private wildcardsSorted = false;
  private readonly defaults = new Map<number | 'any', number>();

  /** `vhosts` in any order (the model's); the config order is derived from ServerName and id. */
  constructor(private readonly vhosts: readonly VirtualHost[]) {
    for (let position = 0; position < vhosts.length; position++) {
      const vhost = vhosts[position] as VirtualHost;
      const host = serverNameHost(vhost.serverName);
      if (host !== '') this.addName(host, position);
      for (const alias of vhost.serverAliases) this.addName(alias, position);
    }
  }

  private addName(name: string, position: number): void {
    if (isWildcard(name)) {
      this.wildcards.push({ position, alias: name, pattern: null });
      return;
    }
    const key = asciiLower(name);
    const found = this.byName.get(key);
    if (found === undefined) this.byName.set(key, position);
    else if (typeof found === 'number') {
      if (found !== position) this.byName.set(key, [found, position]);
    } else if (found[found.length - 1] !== position) found.push(position);
  }

  /** Whether the vhost at model position `a` comes before `b` in the rendered config (stable on ties). */
  private before(a: number, b: number): boolean {
    const x = this.vhosts[a] as VirtualHost;
    const y = this.vhosts[b] as VirtualHost;
    return (compareText(x.serverName, y.serverName) || compareText(x.id, y.id) || a - b) < 0;
  }

  /** `port` null = the connection port is unknown: every vhost is a candidate. */
  listens(position: number, port: number | null): boolean {
    if (port === null) return true;
    // A vhost without addresses is not reachable by name-based matching at all.
    for (const address of this.vhosts[position]?.addresses ?? []) {
      const p = this.portOf(address);
      if (p === null || p === port) return true;
    }
    return false;
  }

  private portOf(address: string): number | null {
    let port = this.addressPorts.get(address);
    if (port === undefined) {
      port = addressPort(address);
      this.addressPorts.set(address, port);
    }
    return port;
  }

  select(hostname: string, port: number | null): VirtualHostChoice | null {
    let best = -1;
    const named = this.byName.get(hostname);
    if (typeof named === 'number') {
      if (this.listens(named, port)) best = named;
    } else if (named !== undefined) {
      for (const position of named) {
        if (this.listens(position, port) && (best === -1 || this.before(position, best))) best = position;
      }
    }
    for (const w of this.configOrderWildcards()) {
      if (best !== -1 && !this.before(w.position, best)) break;
      if (this.listens(w.position, port) && (w.pattern ??= wildcardPattern(w.alias)).test(hostname)) {
        best = w.position;
        break;
      }
    }
    if (best !== -1) {
      const vhost = this.vhosts[best] as VirtualHost;
      return { vhost, match: describeNameMatch(vhost, hostname) };
    }
    const fallback = this.defaultFor(port);
    if (fallback === -1) return null;
    const reason =
      hostname === '' ? 'no Host name was sent' : `no ServerName or ServerAlias matches '${hostname}'`;
    return { vhost: this.vhosts[fallback] as VirtualHost, match: { kind: 'default', reason } };
  }

  private configOrderWildcards(): readonly WildcardAlias[] {
    if (!this.wildcardsSorted) {
      // Stable: aliases of one vhost keep their written order.
      this.wildcards = [...this.wildcards].sort((a, b) =>
        a.position === b.position ? 0 : this.before(a.position, b.position) ? -1 : 1,
      );
      this.wildcardsSorted = true;
    }
    return this.wildcards;
  }

  /** The first vhost in config order that listens on `port` (memoised per port), or -1. */
  private defaultFor(port: number | null): number {
    const key = port ?? 'any';
    let position = this.defaults.get(key);
    if (position === undefined) {
      position = -1;
      for (let i = 0; i < this.vhosts.length; i++) {
        if (this.listens(i, port) && (position === -1 || this.before(i, position))) position = i;
      }
      this.defaults.set(key, position);
    }
    return position;
  }
}

function describeNameMatch(vhost: VirtualHost, hostname: string): VirtualHostMatch {
  const host = serverNameHost(vhost.serverName);
  if (asciiLower(host) === hostname) return { kind: 'server-name', name: host };
  const exact = vhost.serverAliases.find((a) => !isWildcard(a) && asciiLower(a) === hostname);
  if (exact !== undefined) return { kind: 'server-alias', name: exact };
  const wild = vhost.serverAliases.find((a) => isWildcard(a) && wildcardPattern(a).test(hostname));
  return { kind: 'server-alias', name: wild ?? hostname };
}
