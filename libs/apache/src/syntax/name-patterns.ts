/**
 * Strict formats for the names, paths and patterns Hostplane writes into Apache config.
 * They are deliberately narrower than what Apache/mod_wsgi accept (spec §1.3, §5.2): anything outside them
 * either cannot be selected reliably or needs quoting, and Hostplane never quotes.
 */

/** Spec §1.3 recommendation; also excludes a leading `%` (never matched literally by mod_wsgi). */
export const GROUP_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
/** POSIX-portable user/group names as Debian's adduser accepts them (NAME_REGEX), max 32 chars. */
export const UNIX_NAME_PATTERN = /^[a-z_][a-z0-9_-]{0,30}[$]?$/;
export const ABSOLUTE_PATH_PATTERN = /^\/[A-Za-z0-9._/-]+$/;
export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** An absolute URL path as %{REQUEST_URI} shows it; no quotes, `#`, `?`, whitespace or `$`. */
export const URL_PATH_PATTERN = /^\/[A-Za-z0-9._~%@+,;=:/-]*$/;
/** A literal file name for `<Files>`: no wildcards, no slash. */
export const FILES_NAME_PATTERN = /^[A-Za-z0-9._-]{1,255}$/;

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const WILDCARD_LABEL = '[A-Za-z0-9*?](?:[A-Za-z0-9*?-]{0,61}[A-Za-z0-9*?])?';
const PORT = '(?::(?<port>[0-9]{1,5}))?';
/** ServerName: `[scheme://]host[:port]` (Apache strips scheme and port for server_hostname, spec §2.5). */
const SERVER_NAME_PATTERN = new RegExp(`^(?:https?://)?(?<host>${LABEL}(?:\\.${LABEL})*)${PORT}$`);
/** ServerAlias: host names with `*`/`?` wildcards, no port. */
const SERVER_ALIAS_PATTERN = new RegExp(`^${WILDCARD_LABEL}(?:\\.${WILDCARD_LABEL})*$`);
const IPV4 =
  '(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
/** <VirtualHost> address: `*`, `_default_`, IPv4 or `[IPv6]`, each with an optional port. */
const ADDRESS_PATTERN = new RegExp(`^(?:\\*|_default_|${IPV4}|\\[(?<v6>[0-9A-Fa-f:.]{2,45})\\])${PORT}$`);

function validPort(port: string | undefined): boolean {
  if (port === undefined) return true;
  const n = Number(port);
  return n >= 1 && n <= 65535 && !port.startsWith('0');
}

/*
 * Each test below first tries a character loop that accepts only values its pattern surely matches (the common
 * case, without a regex call per value of a big server); anything else gets the pattern itself.
 */

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** Every character of value[from..] is a letter, digit or one of `extra` (char codes). */
function allWordChars(value: string, from: number, extra: readonly number[]): boolean {
  for (let i = from; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c) && !extra.includes(c)) return false;
  }
  return true;
}

const GROUP_EXTRA = [0x2e, 0x5f, 0x3a, 0x2d]; // . _ : -
const ENV_EXTRA = [0x5f]; // _
const FILES_EXTRA = [0x2e, 0x5f, 0x2d]; // . _ -

export function isGroupName(value: string): boolean {
  const n = value.length;
  const first = value.charCodeAt(0);
  if (n >= 1 && n <= 64 && (isLetter(first) || isDigit(first)) && allWordChars(value, 1, GROUP_EXTRA))
    return true;
  return GROUP_NAME_PATTERN.test(value);
}

export function isUnixName(value: string): boolean {
  return UNIX_NAME_PATTERN.test(value);
}

/** Whether a `/`-separated segment of `value` is `.` or `..` (a scan, not split: it runs on every path). */
function hasDotSegment(value: string): boolean {
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i < value.length && value.charCodeAt(i) !== 0x2f) continue;
    const length = i - start;
    if (
      (length === 1 || length === 2) &&
      value.charCodeAt(start) === 0x2e &&
      (length === 1 || value.charCodeAt(start + 1) === 0x2e)
    ) {
      return true;
    }
    start = i + 1;
  }
  return false;
}

/** Absolute, strict characters, and no `.`/`..` segments or `//` that would make the path ambiguous. */
export function isAbsolutePath(value: string): boolean {
  if (!ABSOLUTE_PATH_PATTERN.test(value) || value.includes('//')) return false;
  return !hasDotSegment(value);
}

export function isEnvName(value: string): boolean {
  const n = value.length;
  const first = value.charCodeAt(0);
  if (n >= 1 && n <= 64 && (isLetter(first) || first === 0x5f) && allWordChars(value, 1, ENV_EXTRA))
    return true;
  return ENV_NAME_PATTERN.test(value);
}

export function isUrlPath(value: string): boolean {
  if (!URL_PATH_PATTERN.test(value) || value.length > 2048) return false;
  return !hasDotSegment(value);
}

/** `LABEL(.LABEL)*`: dot-separated labels of 1-63 letters, digits and inner hyphens. */
function isDottedHostName(value: string): boolean {
  let start = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = i < value.length ? value.charCodeAt(i) : 0x2e;
    if (c === 0x2e) {
      const length = i - start;
      if (length < 1 || length > 63 || value.charCodeAt(i - 1) === 0x2d || value.charCodeAt(start) === 0x2d)
        return false;
      start = i + 1;
    } else if (!isLetter(c) && !isDigit(c) && c !== 0x2d) return false;
  }
  return true;
}

export function isServerName(value: string): boolean {
  // Without a ':' there is no scheme or port: the whole value is the host (no match object per vhost).
  if (value.length <= 253 && !value.includes(':') && isDottedHostName(value)) return true;
  const m = SERVER_NAME_PATTERN.exec(value);
  return m !== null && value.length <= 253 && validPort(m.groups?.port);
}

export function isServerAlias(value: string): boolean {
  return SERVER_ALIAS_PATTERN.test(value) && value.length <= 253;
}

/** `*` or `_default_`, with an optional valid port: the usual addresses, checked without a match object. */
function isWildcardAddress(value: string): boolean {
  const host = value.startsWith('*') ? 1 : value.startsWith('_default_') ? 9 : 0;
  if (host === 0) return false;
  if (value.length === host) return true;
  const digits = value.length - host - 1;
  // validPort without a substring: no leading 0, so the number is at least 1.
  if (value.charCodeAt(host) !== 0x3a || digits < 1 || digits > 5 || value.charCodeAt(host + 1) === 0x30)
    return false;
  let port = 0;
  for (let i = host + 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!isDigit(c)) return false;
    port = port * 10 + (c - 0x30);
  }
  return port <= 65535;
}

export function isVirtualHostAddress(value: string): boolean {
  if (isWildcardAddress(value)) return true;
  const m = ADDRESS_PATTERN.exec(value);
  if (m === null || !validPort(m.groups?.port)) return false;
  const v6 = m.groups?.v6;
  return v6 === undefined || (v6.includes(':') && !/:::/.test(v6));
}

export function isFilesName(value: string): boolean {
  const n = value.length;
  // A letter or digit first: valid characters that are not all dots.
  const first = value.charCodeAt(0);
  if (n >= 1 && n <= 255 && (isLetter(first) || isDigit(first)) && allWordChars(value, 1, FILES_EXTRA))
    return true;
  return FILES_NAME_PATTERN.test(value) && !/^\.+$/.test(value);
}

/** `<FilesMatch>` regex: must compile, at most 1024 chars; lexical safety (escapes allowed) is checked separately. */
export function isFilesMatchRegex(value: string): boolean {
  if (value.length === 0 || value.length > 1024) return false;
  if (compiling.has(value)) return true;
  try {
    new RegExp(value);
  } catch {
    return false;
  }
  // Compiling is a pure function of the text; tenants repeat the same few patterns across many directories.
  if (compiling.size >= COMPILING_LIMIT) compiling.clear();
  compiling.add(value);
  return true;
}

/** Patterns already known to compile (never the ones that failed); dropped whole when it grows past the limit. */
const compiling = new Set<string>();
const COMPILING_LIMIT = 1 << 12;

/**
 * The host part of a ServerName as Apache keeps it in server_hostname: scheme and port stripped,
 * case preserved (spec §2.5).
 */
export function serverNameHost(serverName: string): string {
  // No scheme, port or [IPv6] without a ':' or a leading '[': the name is its own host part.
  if (!serverName.includes(':') && serverName.charCodeAt(0) !== 0x5b) return serverName;
  let host = serverName.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, '');
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end === -1 ? host : host.slice(0, end + 1);
  }
  const colon = host.lastIndexOf(':');
  if (colon !== -1) host = host.slice(0, colon);
  return host;
}
