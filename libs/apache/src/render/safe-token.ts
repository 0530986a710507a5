import { checkConfigValue, isSurelyValidConfigValue, type ConfigValueKind } from '../syntax/index.js';

/**
 * The renderer's last line of defence (spec §5.2): a value only reaches the config writer as a SafeToken,
 * and the only ways to get one are the checks below. The brand makes the compiler refuse a raw string.
 */
export type SafeToken = string & { readonly __safeToken: unique symbol };

/** Thrown when a value that should have been stopped by validate() would be written. Never caught here. */
export class UnsafeValueError extends Error {
  override readonly name = 'UnsafeValueError';
  constructor(
    readonly where: string,
    readonly value: string,
    readonly problems: string[],
  ) {
    super(`Refusing to render ${where} = ${JSON.stringify(value)}: ${problems.join('; ')}`);
  }
}

/**
 * Checks `value` as a rendered value of `kind` and brands it. Empty values are always refused: unquoted they
 * vanish (Apache would read `SetEnv PROCESS_GROUP` as an empty group, i.e. embedded mode).
 */
export function safeToken(value: string, kind: ConfigValueKind, where: Where, detail?: string): SafeToken {
  if (typeof value !== 'string') {
    throw new UnsafeValueError(describe(where, detail), String(value), ['is not a string']);
  }
  if (isSurelyValidConfigValue(value, kind)) return value as SafeToken;
  const found = checkConfigValue(value, kind);
  if (found.length === 0 && value.length > 0) return value as SafeToken;
  const problems = found.map((p) => p.message);
  if (value.length === 0) problems.push('is empty');
  throw new UnsafeValueError(describe(where, detail), value, problems);
}

/**
 * Where a value sits, for the error message only. Hot loops pass a base (or a function building it) plus a
 * literal detail, so the text is assembled only when something is refused, not for every value written.
 */
export type Where = string | (() => string);

function describe(where: Where, detail: string | undefined): string {
  const base = typeof where === 'string' ? where : where();
  return detail === undefined ? base : `${base} ${detail}`;
}

/** `<FilesMatch "regex">`: files-match values contain no quote and no `\\`, so inside quotes they read back verbatim. */
export function quotedRegex(value: string, where: Where, detail?: string): SafeToken {
  return `"${safeToken(value, 'files-match', where, detail)}"` as SafeToken;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Whether decimalToken writes `value`: plain decimal only, since `1e21` or `NaN` would reach Apache's atoi as
 * something else entirely (spec §1.4). The validator asks the same question of numeric daemon options.
 */
export function rendersAsDecimal(value: number): boolean {
  return Number.isFinite(value) && DECIMAL.test(String(value));
}

export function decimalToken(value: number, where: Where, detail?: string): SafeToken {
  const text = String(value);
  if (!rendersAsDecimal(value)) {
    throw new UnsafeValueError(describe(where, detail), text, ['is not a finite decimal number']);
  }
  return text as SafeToken;
}

export function onOffToken(value: boolean): SafeToken {
  return (value ? 'On' : 'Off') as SafeToken;
}

/** Fixed keywords written by the renderer itself (directive-internal words such as `-` or `txt:` prefixes). */
export function keyword(text: 'On' | 'Off' | '-' | '^'): SafeToken {
  return text as SafeToken;
}

const NOT_ONE_WORD = /[\s\0\\"'#]/;

/** Printable ASCII without space, quotes, `#` or a backslash: surely no NOT_ONE_WORD match, no regex call. */
function isPlainWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x22 || c === 0x23 || c === 0x27 || c === 0x5c) return false;
  }
  return true;
}

/**
 * Joins already-safe pieces into one token (e.g. `txt:/etc/...map` or a RewriteRule flag). Only SafeTokens and
 * literal punctuation chosen by the renderer go in, so the result is safe by construction; it is re-checked
 * for whitespace and line breaks anyway.
 */
export function composeToken(
  parts: readonly (SafeToken | ComposePunctuation)[],
  where: Where,
  detail?: string,
): SafeToken {
  const text = parts.join('');
  if (!isPlainWord(text) && NOT_ONE_WORD.test(text)) {
    throw new UnsafeValueError(describe(where, detail), text, ['composed token is not a single word']);
  }
  return text as SafeToken;
}

export type ComposePunctuation =
  'txt:' | 'dbm=' | 'db' | '/maps/' | '.map' | '.dbm' | '[E=' | ':' | '${' | ':%{REQUEST_URI}|' | '}]' | '=';
