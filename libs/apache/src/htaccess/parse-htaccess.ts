import { readLogicalLines } from './htaccess-lines.js';
import { readDirective } from './htaccess-directive.js';
import {
  HtaccessParseState,
  type ParseHtaccessOptions,
  type ParseHtaccessResult,
} from './htaccess-parse-state.js';
import { reportUnclosedSections } from './htaccess-sections.js';

export type { ParseHtaccessOptions, ParseHtaccessResult } from './htaccess-parse-state.js';

/**
 * Reads a tenant's .htaccess with Apache's own line rules (spec §5.2) and accepts exactly what Hostplane models:
 * `<Files name>` / `<FilesMatch regex>` blocks each holding one `SetEnv PROCESS_GROUP group`, blank lines and
 * comments. Anything else is refused with a diagnostic on its line; nothing is dropped silently.
 */
export function parseHtaccess(text: string, opts: ParseHtaccessOptions = {}): ParseHtaccessResult {
  const state = new HtaccessParseState(opts);
  for (const at of readLogicalLines(text)) readDirective(state, at);
  reportUnclosedSections(state);
  return state.result();
}
