/** One `Alias urlPath path` line of a vhost, in the order the renderer writes them. */
export interface AliasLine {
  urlPath: string;
  path: string;
}

export type UrlMapping =
  | { kind: 'alias'; alias: AliasLine; file: string }
  | { kind: 'document-root'; documentRoot: string; file: string }
  | { kind: 'none' };

/**
 * H mod_alias.c alias_matches: segment-wise and case-sensitive; any run of `/` in the alias matches any run
 * in the URI; the alias must end on a segment boundary (`/x` matches `/x` and `/x/…`, not `/xy`).
 * Returns how many URI characters matched, or 0.
 */
export function aliasMatches(uri: string, fakename: string): number {
  let a = 0;
  let u = 0;
  while (a < fakename.length) {
    if (fakename[a] === '/') {
      if (uri[u] !== '/') return 0;
      while (fakename[a] === '/') a++;
      while (uri[u] === '/') u++;
    } else if (uri[u++] !== fakename[a++]) {
      return 0;
    }
  }
  if (fakename[a - 1] !== '/' && u < uri.length && uri[u] !== '/') return 0;
  return u;
}

/**
 * mod_alias translate_name: Aliases of one context are tried in config order and the FIRST match wins;
 * then the core maps DocumentRoot + URI.
 */
export function mapUrl(uri: string, aliases: readonly AliasLine[], documentRoot: string | null): UrlMapping {
  for (const alias of aliases) {
    const matched = aliasMatches(uri, alias.urlPath);
    if (matched > 0) return { kind: 'alias', alias, file: alias.path + uri.slice(matched) };
  }
  if (documentRoot === null) return { kind: 'none' };
  const root = documentRoot.endsWith('/') ? documentRoot.slice(0, -1) : documentRoot;
  return { kind: 'document-root', documentRoot, file: root + uri };
}
