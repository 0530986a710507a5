/** Query parameters whose values are secrets, whatever the route: tokens, passwords, keys, signatures. */
const SECRET_PARAMETER = /token|passw|secret|key|auth|sig|credential|session|code/i;

export const REDACTED = '[REDACTED]';

/**
 * The request target as it may be logged: the path as sent, and each query parameter whose name looks
 * like a secret with its value replaced. Credentials are only accepted in Authorization, but a client
 * may still put one in the query (`?access_token=`), and a log line is copied far and kept long.
 */
export function redactUrl(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const pairs = url
    .slice(start + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      return SECRET_PARAMETER.test(decodedName(name)) ? `${name}=${REDACTED}` : pair;
    });
  return `${url.slice(0, start)}?${pairs.join('&')}`;
}

/** Decoded as Node's querystring decodes a name, so `access%5Ftoken` cannot slip through. */
function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replaceAll('+', ' '));
  } catch {
    // Undecodable: treat it as a secret rather than log it.
    return 'token';
  }
}
