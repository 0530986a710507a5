import type { Diagnostic } from '../model/diagnostic.js';

export type HtaccessCode =
  | 'HTACCESS_SYNTAX'
  | 'HTACCESS_LINE_TOO_LONG'
  | 'HTACCESS_UNSUPPORTED_DIRECTIVE'
  | 'HTACCESS_UNSUPPORTED_CONTAINER'
  | 'HTACCESS_NESTED_CONTAINER'
  | 'HTACCESS_UNCLOSED_CONTAINER'
  | 'HTACCESS_UNMATCHED_CLOSE'
  | 'HTACCESS_EMPTY_BLOCK'
  | 'HTACCESS_DUPLICATE_SETENV'
  | 'HTACCESS_SETENV_OUTSIDE_FILES'
  | 'HTACCESS_SETENV_ARGUMENTS'
  | 'HTACCESS_UNSUPPORTED_VARIABLE'
  | 'HTACCESS_INTERPOLATION'
  | 'HTACCESS_NOT_ALLOWED';

const SHOWN_CHARS = 120;

/** Every .htaccess problem is an error pointing at its 1-based line, with the line itself in the message. */
export function htaccessError(
  code: HtaccessCode,
  line: number,
  text: string,
  message: string,
  apacheMessage?: string,
): Diagnostic {
  const shown = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
  return {
    code,
    severity: 'error',
    path: `/htaccess/lines/${line}`,
    message: `line ${line}: ${message}: ${JSON.stringify(shown)}`,
    ...(apacheMessage !== undefined ? { apacheMessage } : {}),
  };
}
