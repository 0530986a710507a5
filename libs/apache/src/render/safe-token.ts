import { checkConfigValue, type ConfigValueKind } from '../syntax/index.js';

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
export function safeToken(value: string, kind: ConfigValueKind, where: string): SafeToken {
  if (typeof value !== 'string') throw new UnsafeValueError(where, String(value), ['is not a string']);
  const found = checkConfigValue(value, kind);
  // The common case returns here without building messages; render() checks a million values on big servers.
  if (found.length === 0 && value.length > 0) return value as SafeToken;
  const problems = found.map((p) => p.message);
  if (value.length === 0) problems.push('is empty');
  if (problems.length > 0) throw new UnsafeValueError(where, value, problems);
  return value as SafeToken;
}

/** `<FilesMatch "regex">`: files-match values contain no quote and no `\\`, so inside quotes they read back verbatim. */
export function quotedRegex(value: string, where: string): SafeToken {
  return `"${safeToken(value, 'files-match', where)}"` as SafeToken;
}

/** Decimal only: `1e21` or `NaN` would reach Apache's atoi as something else entirely (spec §1.4). */
export function decimalToken(value: number, where: string): SafeToken {
  const text = String(value);
  if (!Number.isFinite(value) || !/^-?\d+(\.\d+)?$/.test(text)) {
    throw new UnsafeValueError(where, text, ['is not a finite decimal number']);
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

/**
 * Joins already-safe pieces into one token (e.g. `txt:/etc/...map` or a RewriteRule flag). Only SafeTokens and
 * literal punctuation chosen by the renderer go in, so the result is safe by construction; it is re-checked
 * for whitespace and line breaks anyway.
 */
export function composeToken(parts: readonly (SafeToken | ComposePunctuation)[], where: string): SafeToken {
  const text = parts.join('');
  if (/[\s\0\\"'#]/.test(text))
    throw new UnsafeValueError(where, text, ['composed token is not a single word']);
  return text as SafeToken;
}

export type ComposePunctuation =
  'txt:' | '/maps/' | '.map' | '[E=' | ':' | '${' | ':%{REQUEST_URI}|' | '}]' | '=';
