/** The parts of a request a bearer credential can come from (express's req). */
export interface BearerSource {
  readonly headers: { readonly authorization?: string | undefined };
  /** The request target; the query is parsed (req.query, a getter that parses on every read) only if needed. */
  readonly url?: string | undefined;
  readonly body?: unknown;
  readonly query?: unknown;
}

/**
 * The presented bearer token, extracted exactly as passport-http-bearer does (RFC 6750: the
 * Authorization header, or an `access_token` body or query field, never two of them); null where passport
 * would fail the request (no token, a malformed header, two tokens). A non-string token is null too:
 * passport handed it to the verifiers, which threw on it (a 500 for what is a bad credential).
 */
export function bearerToken(req: BearerSource): string | null {
  let token: unknown;
  const header = req.headers.authorization;
  if (header) {
    const parts = header.split(' ');
    if (parts.length !== 2) return null;
    if (/^Bearer$/i.test(parts[0] ?? '')) token = parts[1];
  }
  for (const field of [
    accessTokenField(req.body),
    mayHaveAccessToken(req.url) ? accessTokenField(req.query) : undefined,
  ]) {
    if (!field) continue;
    if (token) return null;
    token = field;
  }
  return typeof token === 'string' && token !== '' ? token : null;
}

/**
 * Whether the query string may have an access_token parameter: false only when no `&`-separated key,
 * decoded like Node's querystring does ('+' and %XX), starts with "access_token". req.query parses the
 * whole query again on every read, and the route reads it once more itself.
 */
function mayHaveAccessToken(url: string | undefined): boolean {
  if (url === undefined) return true;
  const start = url.indexOf('?');
  if (start < 0) return false;
  const query = url.slice(start + 1);
  if (query.includes('#')) return true;
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    const key = equals < 0 ? pair : pair.slice(0, equals);
    if (!key.includes('%') && !key.includes('+')) {
      if (key.startsWith('access_token')) return true;
      continue;
    }
    try {
      if (decodeURIComponent(key.replaceAll('+', ' ')).startsWith('access_token')) return true;
    } catch {
      return true;
    }
  }
  return false;
}

function accessTokenField(source: unknown): unknown {
  return typeof source === 'object' && source !== null
    ? (source as { access_token?: unknown }).access_token
    : undefined;
}
