/**
 * ASCII-only lower-casing (strcasecmp / ap_str_tolower semantics), same result as wsgi/asciiLower but
 * allocation-free when there is nothing to fold, which is the common case on the per-request path.
 */
export function foldAscii(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 65 && c <= 90) return slowFold(value, i);
  }
  return value;
}

function slowFold(value: string, from: number): string {
  let out = value.slice(0, from);
  for (let i = from; i < value.length; i++) {
    const c = value.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : value[i];
  }
  return out;
}
