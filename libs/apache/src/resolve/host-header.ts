import { foldAscii as asciiLower } from './ascii-fold.js';

/** The Host header as Apache keeps it in r->hostname: lower-cased, port split off, one trailing dot removed. */
export interface ParsedHost {
  hostname: string;
  /** The port written in the Host header, if any; it wins for ap_get_server_port (UseCanonicalName Off). */
  port: number | null;
}

function parsePort(text: string): number | null {
  if (!/^[0-9]{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : null;
}

/** Mirrors H vhost.c fix_hostname for well-formed headers (malformed ones give 400, which is not modelled). */
export function parseHostHeader(raw: string): ParsedHost {
  const { host, port } = splitPort(raw.trim());
  let hostname = asciiLower(host);
  if (hostname.endsWith('.')) hostname = hostname.slice(0, -1);
  return { hostname, port };
}

/** Splits `host[:port]` or `[v6][:port]`; the port is null when absent or not a valid number. */
function splitPort(value: string): { host: string; port: number | null } {
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end === -1) return { host: value, port: null };
    const rest = value.slice(end + 1);
    return { host: value.slice(0, end + 1), port: rest.startsWith(':') ? parsePort(rest.slice(1)) : null };
  }
  const colon = value.lastIndexOf(':');
  if (colon === -1) return { host: value, port: null };
  return { host: value.slice(0, colon), port: parsePort(value.slice(colon + 1)) };
}

/** The port of a ServerName (`host:port`, `https://host:443`), which Apache keeps in server->port. */
export function serverNamePort(serverName: string): number | null {
  return splitPort(serverName.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '')).port;
}

/** The port of a `<VirtualHost>` address (`*:80`, `[::1]:8080`); null = any port (`*`, a bare IP). */
export function addressPort(address: string): number | null {
  return splitPort(address).port;
}
