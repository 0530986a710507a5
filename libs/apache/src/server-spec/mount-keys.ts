/**
 * A WSGI mount's natural key inside its vhost: its URL path, or `~` and its pattern for WSGIScriptAliasMatch (a URL
 * path always starts with `/`, so the two never collide). Two lines with the same URL: only the first is reached.
 */
export function mountUrlKey(mount: { urlPath?: string | null; urlPattern?: string | null }): string {
  return mount.urlPath ?? `~${mount.urlPattern ?? ''}`;
}
