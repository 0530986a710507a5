import { DEFAULT_PROCESS_GROUP_VARIABLE } from '../model/server-model.js';
import { splitWords } from './getword-conf.js';
import type { LogicalLine } from './htaccess-lines.js';
import type { HtaccessParseState } from './htaccess-parse-state.js';

const SETENV_ARGS =
  'SetEnv takes 1-2 arguments, an environment variable name and optional value to pass to CGI.';

/** `SetEnv <variable> <group>`: allowed by FileInfo, only the selector's variable, once per section. */
export function readSetEnv(state: HtaccessParseState, at: LogicalLine, args: string): void {
  const allow = state.options.allowOverride;
  if (allow !== undefined && !allow.includes('FileInfo') && !allow.includes('All')) {
    // Inside a block Apache 2.4.71 names it instead of saying "here" (observed by the oracle).
    const top = state.top();
    const apache =
      top === undefined ? 'SetEnv not allowed here' : `SetEnv not allowed in <${top.name}> context`;
    state.fail('HTACCESS_NOT_ALLOWED', at, 'SetEnv needs AllowOverride FileInfo', apache);
    return;
  }
  const words = splitWords(args);
  const variable = words[0];
  const value = words[1];
  if (variable === undefined || variable === '' || words.length > 2) {
    state.fail('HTACCESS_SETENV_ARGUMENTS', at, 'SetEnv takes a variable name and one value', SETENV_ARGS);
    return;
  }
  const expected = state.options.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE;
  if (variable !== expected && variable.toUpperCase() !== expected.toUpperCase()) {
    state.fail('HTACCESS_UNSUPPORTED_VARIABLE', at, `only ${expected} may be set`);
    return;
  }
  const top = state.top();
  if (top === undefined) {
    state.fail('HTACCESS_SETENV_OUTSIDE_FILES', at, 'SetEnv must be inside a <Files> or <FilesMatch> block');
  } else if (top.setEnv !== null) {
    state.fail('HTACCESS_DUPLICATE_SETENV', at, `<${top.name}> already sets ${top.setEnv.variable}`);
  } else {
    // One argument is an empty value: Apache sets "" (embedded mode); the validator refuses it.
    top.setEnv = { variable, processGroup: value ?? '' };
  }
}
