/** The part of a request a bearer credential may come from (express's req). */
export interface BearerSource {
  readonly headers: { readonly authorization?: string | undefined };
}

/**
 * The presented bearer token, from the Authorization header only (RFC 6750 §2.1), read as
 * passport-http-bearer reads that header; null for no token or a malformed header. RFC 6750's other two
 * places are refused on purpose: an `access_token` query parameter ends up in access logs, proxy logs and
 * browser history, and a body field is one more way to smuggle a credential past what operators look at.
 */
export function bearerToken(req: BearerSource): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const parts = header.split(' ');
  if (parts.length !== 2 || !/^Bearer$/i.test(parts[0] ?? '')) return null;
  const token = parts[1];
  return token !== undefined && token !== '' ? token : null;
}
