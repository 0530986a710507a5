import type { VirtualHost } from '../model/server-model.js';
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
  pattern: RegExp;
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
 */
export class VirtualHostIndex {
  private readonly ports: (readonly (number | null)[])[];
  private readonly byName = new Map<string, number[]>();
  private readonly wildcards: WildcardAlias[] = [];
  private readonly defaults = new Map<number | 'any', number>();

  constructor(private readonly ordered: readonly VirtualHost[]) {
    this.ports = ordered.map((v) => v.addresses.map(addressPort));
    ordered.forEach((vhost, position) => {
      const host = serverNameHost(vhost.serverName);
      const names = host === '' ? vhost.serverAliases : [host, ...vhost.serverAliases];
      for (const name of names) {
        if (isWildcard(name)) {
          this.wildcards.push({ position, alias: name, pattern: wildcardPattern(name) });
          continue;
        }
        const key = asciiLower(name);
        const list = this.byName.get(key);
        if (list === undefined) this.byName.set(key, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    });
  }

  /** `port` null = the connection port is unknown: every vhost is a candidate. */
  listens(position: number, port: number | null): boolean {
    if (port === null) return true;
    const ports = this.ports[position] ?? [];
    // A vhost without addresses is not reachable by name-based matching at all.
    return ports.some((p) => p === null || p === port);
  }

  select(hostname: string, port: number | null): VirtualHostChoice | null {
    let best = -1;
    for (const position of this.byName.get(hostname) ?? []) {
      if (this.listens(position, port)) {
        best = position;
        break;
      }
    }
    for (const w of this.wildcards) {
      if (best !== -1 && w.position >= best) break;
      if (this.listens(w.position, port) && w.pattern.test(hostname)) {
        best = w.position;
        break;
      }
    }
    if (best !== -1) {
      const vhost = this.ordered[best] as VirtualHost;
      return { vhost, match: describeNameMatch(vhost, hostname) };
    }
    const fallback = this.defaultFor(port);
    if (fallback === -1) return null;
    const reason =
      hostname === '' ? 'no Host name was sent' : `no ServerName or ServerAlias matches '${hostname}'`;
    return { vhost: this.ordered[fallback] as VirtualHost, match: { kind: 'default', reason } };
  }

  private defaultFor(port: number | null): number {
    const key = port ?? 'any';
    let position = this.defaults.get(key);
    if (position === undefined) {
      position = this.ordered.findIndex((_, i) => this.listens(i, port));
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
