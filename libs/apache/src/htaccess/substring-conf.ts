/**
 * Apache's substring_conf: `\\` always, `\<quote>` only inside that quote, every other backslash kept. Copies the
 * text between escapes as slices: a quoted regex (`"^app\.wsgi$"`, 40k in an import's .htaccess files) was rebuilt
 * one character at a time although none of its backslashes is an escape.
 */
export function substringConf(text: string, quote: string | null): string {
  let at = text.indexOf('\\');
  let out = '';
  let from = 0;
  while (at !== -1 && at + 1 < text.length) {
    const next = text[at + 1];
    if (next === '\\' || (quote !== null && next === quote)) {
      out += text.slice(from, at) + next;
      from = at + 2;
      at = text.indexOf('\\', from);
    } else at = text.indexOf('\\', at + 1);
  }
  return from === 0 ? text : out + text.slice(from);
}
