import { getwordConf } from './getword-conf.js';
import type { LogicalLine } from './htaccess-lines.js';
import type { HtaccessParseState } from './htaccess-parse-state.js';
import { closeSection, openSection } from './htaccess-sections.js';
import { readSetEnv } from './htaccess-setenv.js';

/** One logical line: skipped (blank, comment), refused on its own, or handed to its directive. */
export function readDirective(state: HtaccessParseState, at: LogicalLine): void {
  if (at.tooLong) {
    state.fail(
      'HTACCESS_LINE_TOO_LONG',
      at,
      'line does not fit the 8192-byte buffer Apache reads into',
      'Line too long',
    );
    return;
  }
  if (at.text === '' || at.text.startsWith('#')) return;
  if (at.text.includes('\0')) {
    state.fail('HTACCESS_SYNTAX', at, 'contains a NUL byte, which silently cuts the line short');
    return;
  }
  if (at.text.includes('${')) {
    state.fail(
      'HTACCESS_INTERPOLATION',
      at,
      '"${" is interpolated from the Apache environment and is not allowed',
    );
    return;
  }
  const { word: command, next } = getwordConf(at.text, 0);
  const args = at.text.slice(next);
  if (command.startsWith('</')) closeSection(state, at, command, args);
  else if (command.startsWith('<')) openSection(state, at, command, args);
  else if (command.toLowerCase() === 'setenv') readSetEnv(state, at, args);
  else
    state.fail(
      'HTACCESS_UNSUPPORTED_DIRECTIVE',
      at,
      `${command} is not supported; only SetEnv inside <Files>`,
    );
}
