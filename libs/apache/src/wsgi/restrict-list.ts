/**
 * WSGIRestrictProcess matching (spec §3): the token `%{GLOBAL}` is stored as "" (embedded mode), and the
 * expanded group name is looked up with apr_table_get, i.e. ASCII case-insensitively (strcasecmp).
 */

export const GLOBAL_TOKEN = '%{GLOBAL}';

/** The last folded upper-case name: the same variable name (PROCESS_GROUP) is folded once per rule. */
let lastUpper = '';
let lastLower = '';

/** strcasecmp folds ASCII only; `toLowerCase` would also fold non-ASCII letters, which Apache does not. */
export function asciiLower(value: string): string {
  // Most names are already lower case: return them as they are instead of building a copy.
  let upper = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x80) return value.replace(/[A-Z]/g, (u) => String.fromCharCode(u.charCodeAt(0) + 32));
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  if (!upper) return value;
  if (value !== lastUpper) {
    // On pure ASCII, toLowerCase folds exactly A-Z, natively.
    lastLower = value.toLowerCase();
    lastUpper = value;
  }
  return lastLower;
}

/** What the list stores for one token: `%{GLOBAL}` becomes "" and nothing else is expanded. */
export function restrictListKey(token: string): string {
  return token === GLOBAL_TOKEN ? '' : token;
}

/**
 * Would Apache let a request whose process group expanded to `expandedName` ("" = embedded) through?
 * `list === null` means no WSGIRestrictProcess applies (unrestricted); `[]` denies everything.
 */
export function restrictListAllows(list: readonly string[] | null, expandedName: string): boolean {
  if (list === null) return true;
  const wanted = asciiLower(expandedName);
  return list.some((token) => asciiLower(restrictListKey(token)) === wanted);
}

export type RestrictListMatch = 'unrestricted' | 'exact' | 'case-only' | 'none';

/**
 * Like restrictListAllows, but tells an exact match from one that only Apache's case folding lets through
 * (e.g. `BOB:2` against `bob:2`) — the cross-tenant hole of spec §8 that Hostplane refuses.
 */
export function restrictListMatch(list: readonly string[] | null, expandedName: string): RestrictListMatch {
  if (list === null) return 'unrestricted';
  for (const token of list) if (restrictListKey(token) === expandedName) return 'exact';
  return restrictListAllows(list, expandedName) ? 'case-only' : 'none';
}
