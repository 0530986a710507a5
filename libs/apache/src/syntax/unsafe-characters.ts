/**
 * Lexical safety of a value that will be written into rendered Apache config or .htaccess (spec §5.2).
 * Apache's line reader gives meaning to CR/LF (new directive), a trailing `\` (line continuation), `${`
 * (interpolation, even in .htaccess), quotes, `#` and whitespace (word splitting); NUL silently cuts values.
 * Rather than escaping, Hostplane refuses such values outright.
 */

export type UnsafeReason =
  | 'line-break'
  | 'nul'
  | 'control-character'
  | 'unicode-line-separator'
  | 'non-printable'
  | 'trailing-backslash'
  | 'interpolation'
  | 'quote'
  | 'comment'
  | 'whitespace'
  | 'too-long';

export interface UnsafeCharacterProblem {
  reason: UnsafeReason;
  /** UTF-16 index of the first offending character (-1 for whole-value problems such as length). */
  index: number;
  message: string;
}

/**
 * .htaccess lines are capped at HUGE_STRING_LEN (8192 bytes, "Line too long" → 500). A single value gets
 * at most half of that so the directive name, other arguments and quoting always fit.
 */
export const MAX_CONFIG_VALUE_BYTES = 4096;

export interface UnsafeCheckOptions {
  /** Byte limit (UTF-8); default MAX_CONFIG_VALUE_BYTES. */
  maxBytes?: number;
  /** Allow `\` followed by another character (regexes). A trailing `\` and `\\` stay forbidden. */
  allowEscapes?: boolean;
}

const MESSAGES: Record<UnsafeReason, string> = {
  'line-break': 'contains a line break (CR or LF), which would start a new Apache directive',
  nul: 'contains a NUL byte, which silently truncates the value in Apache',
  'control-character': 'contains a control character',
  'unicode-line-separator': 'contains a Unicode line or paragraph separator (U+2028/U+2029)',
  'non-printable': 'contains a non-printable or invisible character',
  'trailing-backslash': 'contains a backslash, which Apache treats as an escape or a line continuation',
  interpolation: 'contains "${", which Apache interpolates from its environment, even in .htaccess',
  quote: 'contains a quote character, which changes how Apache splits arguments',
  comment: 'contains "#", which Apache may read as a comment or an extra argument',
  whitespace: 'contains whitespace, which splits the value into several Apache arguments',
  'too-long': 'is too long for an Apache configuration line',
};

/**
 * True only when `value` certainly has no problem: printable ASCII without space, `"`, `#`, `'`, `${`, and
 * `\` only as an escape of another plain character when escapes are allowed. Anything else (non-ASCII,
 * controls, ...) returns false and goes through the full classification. It allocates nothing, because
 * validation calls it for every string of servers with hundreds of thousands of values.
 */
function isPlainSafe(value: string, maxBytes: number, allowEscapes: boolean): boolean {
  const n = value.length;
  // All-ASCII here, so UTF-16 length = UTF-8 bytes.
  if (n > maxBytes) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x22 || c === 0x23 || c === 0x27) return false;
    if (c === 0x24 /* $ */ && value.charCodeAt(i + 1) === 0x7b /* { */) return false;
    if (c === 0x5c /* \ */) {
      if (!allowEscapes) return false;
      const next = value.charCodeAt(i + 1);
      // `\\` and a trailing `\` are refused; the escaped character itself is checked by the next iteration.
      if (Number.isNaN(next) || next === 0x5c) return false;
    }
  }
  return true;
}
const NON_PRINTABLE = /[\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u;
const WHITESPACE = /[\s\p{Zs}]/u;

function classify(ch: string, next: string | undefined, allowEscapes: boolean): UnsafeReason | null {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === '\r' || ch === '\n') return 'line-break';
  if (code === 0) return 'nul';
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'control-character';
  if (code === 0x2028 || code === 0x2029) return 'unicode-line-separator';
  if (WHITESPACE.test(ch)) return 'whitespace';
  if (NON_PRINTABLE.test(ch)) return 'non-printable';
  if (ch === '\\') {
    if (!allowEscapes || next === undefined || next === '\\') return 'trailing-backslash';
    return null;
  }
  if (ch === '$' && next === '{') return 'interpolation';
  if (ch === '"' || ch === "'") return 'quote';
  if (ch === '#') return 'comment';
  return null;
}

/** Every kind of lexical problem in `value`, each reported once at its first occurrence. */
export function findUnsafeCharacters(
  value: string,
  options: UnsafeCheckOptions = {},
): UnsafeCharacterProblem[] {
  const maxBytes = options.maxBytes ?? MAX_CONFIG_VALUE_BYTES;
  const allowEscapes = options.allowEscapes ?? false;
  // Fast path for the common case (plain printable ASCII): validation walks every string of large servers.
  if (isPlainSafe(value, maxBytes, allowEscapes)) return [];
  const found = new Map<UnsafeReason, number>();
  // Iterate by code point so lone surrogates and astral characters are classified whole.
  const chars = Array.from(value);
  let index = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const reason = classify(ch, chars[i + 1], allowEscapes);
    if (reason !== null && !found.has(reason)) found.set(reason, index);
    // The character after an allowed regex escape is classified like any other: `\"`, `\#` or a
    // backslash before a line break would still end the value or the line for Apache.
    index += ch.length;
  }
  const problems: UnsafeCharacterProblem[] = [...found].map(([reason, at]) => ({
    reason,
    index: at,
    message: MESSAGES[reason],
  }));
  if (Buffer.byteLength(value, 'utf8') > maxBytes) {
    problems.push({
      reason: 'too-long',
      index: -1,
      message: `${MESSAGES['too-long']} (max ${maxBytes} bytes)`,
    });
  }
  return problems;
}

/**
 * The allocation-free half of isLexicallySafe (default byte limit): true proves the value safe, false only
 * means "classify it fully". For hot paths that handle the rare unsure value separately.
 */
export function isPlainlySafe(value: string, allowEscapes = false): boolean {
  return isPlainSafe(value, MAX_CONFIG_VALUE_BYTES, allowEscapes);
}

export function isLexicallySafe(value: string, options?: UnsafeCheckOptions): boolean {
  return (
    isPlainSafe(value, options?.maxBytes ?? MAX_CONFIG_VALUE_BYTES, options?.allowEscapes ?? false) ||
    findUnsafeCharacters(value, options).length === 0
  );
}
