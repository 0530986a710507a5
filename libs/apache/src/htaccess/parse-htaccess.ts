import type { Diagnostic } from '../model/diagnostic.js';
import {
  DEFAULT_PROCESS_GROUP_VARIABLE,
  type HtaccessRule,
  type OverrideClass,
} from '../model/server-model.js';
import { getwordConf, splitWords } from './getword-conf.js';
import { htaccessError } from './htaccess-diagnostic.js';
import { readLogicalLines, type LogicalLine } from './htaccess-lines.js';

export interface ParseHtaccessOptions {
  /** The directory's AllowOverride; when given without FileInfo/All, SetEnv is refused as Apache would. */
  allowOverride?: readonly OverrideClass[];
  /** The variable the vhost selects groups by (%{ENV:…}); default PROCESS_GROUP. Compared case-insensitively. */
  variable?: string;
}

export interface ParseHtaccessResult {
  rules: HtaccessRule[];
  diagnostics: Diagnostic[];
}

/** An open `<…>` section. `selector` is null for a section Hostplane refuses (its lines are still checked). */
interface Block {
  name: string;
  line: number;
  selector: Pick<HtaccessRule, 'files' | 'filesMatch'> | null;
  setEnv: { variable: string; processGroup: string } | null;
  broken: boolean;
}

const SETENV_ARGS =
  'SetEnv takes 1-2 arguments, an environment variable name and optional value to pass to CGI.';

/**
 * Reads a tenant's .htaccess with Apache's own line rules (spec §5.2) and accepts exactly what Hostplane models:
 * `<Files name>` / `<FilesMatch regex>` blocks each holding one `SetEnv PROCESS_GROUP group`, blank lines and
 * comments. Anything else is refused with a diagnostic on its line; nothing is dropped silently.
 */
export function parseHtaccess(text: string, opts: ParseHtaccessOptions = {}): ParseHtaccessResult {
  const rules: HtaccessRule[] = [];
  const diagnostics: Diagnostic[] = [];
  const stack: Block[] = [];
  const fail = (
    code: Parameters<typeof htaccessError>[0],
    at: LogicalLine,
    msg: string,
    apache?: string,
  ): void => {
    diagnostics.push(htaccessError(code, at.line, at.text, msg, apache));
    const top = stack.at(-1);
    if (top !== undefined) top.broken = true;
  };

  for (const at of readLogicalLines(text)) {
    if (at.tooLong) {
      fail(
        'HTACCESS_LINE_TOO_LONG',
        at,
        'line does not fit the 8192-byte buffer Apache reads into',
        'Line too long',
      );
      continue;
    }
    if (at.text === '' || at.text.startsWith('#')) continue;
    if (at.text.includes('\0')) {
      fail('HTACCESS_SYNTAX', at, 'contains a NUL byte, which silently cuts the line short');
      continue;
    }
    if (at.text.includes('${')) {
      fail(
        'HTACCESS_INTERPOLATION',
        at,
        '"${" is interpolated from the Apache environment and is not allowed',
      );
      continue;
    }
    const { word: command, next } = getwordConf(at.text, 0);
    const args = at.text.slice(next);
    if (command.startsWith('</')) closeBlock(at, command, args);
    else if (command.startsWith('<')) openBlock(at, command, args);
    else if (command.toLowerCase() === 'setenv') setEnv(at, args);
    else
      fail('HTACCESS_UNSUPPORTED_DIRECTIVE', at, `${command} is not supported; only SetEnv inside <Files>`);
  }
  for (const block of stack) {
    const apache = `<${block.name}> was not closed.`;
    diagnostics.push(
      htaccessError('HTACCESS_UNCLOSED_CONTAINER', block.line, `<${block.name}`, apache, apache),
    );
  }
  diagnostics.sort((a, b) => lineOf(a) - lineOf(b));
  return { rules, diagnostics };

  function openBlock(at: LogicalLine, command: string, args: string): void {
    const bare = command.endsWith('>');
    const name = command.slice(1, bare ? -1 : undefined);
    const block: Block = { name, line: at.line, selector: null, setEnv: null, broken: false };
    const nested = stack.length > 0;
    const lower = name.toLowerCase();
    if (nested)
      fail('HTACCESS_NESTED_CONTAINER', at, `<${name}> inside <${stack.at(-1)?.name}> is not supported`);
    else if (lower !== 'files' && lower !== 'filesmatch') {
      fail('HTACCESS_UNSUPPORTED_CONTAINER', at, `<${name}> is not supported; only <Files> and <FilesMatch>`);
    } else if (bare || !args.endsWith('>')) {
      const apache = bare
        ? `<${name}> directive requires additional arguments`
        : `<${name}> directive missing closing '>'`;
      fail('HTACCESS_SYNTAX', at, apache, apache);
    } else {
      const words = splitWords(args.slice(0, -1));
      if (words.length !== 1 || words[0] === '' || words[0] === '~') {
        const hint = words[0] === '~' ? '; write <FilesMatch regex> instead of <Files ~ regex>' : '';
        fail('HTACCESS_SYNTAX', at, `<${name}> takes exactly one file name or pattern${hint}`);
      } else {
        block.selector =
          lower === 'files' ? { files: words[0] as string } : { filesMatch: words[0] as string };
      }
    }
    stack.push(block);
  }

  function closeBlock(at: LogicalLine, command: string, args: string): void {
    const top = stack.at(-1);
    if (!command.endsWith('>') || args !== '') {
      fail('HTACCESS_SYNTAX', at, 'a closing tag must look like </Files>');
      return;
    }
    const name = command.slice(2, -1);
    if (top === undefined) {
      const apache = `</${name}> without matching <${name}> section`;
      fail('HTACCESS_UNMATCHED_CLOSE', at, apache, apache);
      return;
    }
    if (name.toLowerCase() !== top.name.toLowerCase()) {
      const apache = `Expected </${top.name}> but saw </${name}>`;
      fail('HTACCESS_UNMATCHED_CLOSE', at, apache, apache);
      return;
    }
    stack.pop();
    if (top.selector === null || top.broken) return;
    if (top.setEnv === null) {
      const shown = { line: top.line, text: `<${top.name}` };
      diagnostics.push(
        htaccessError('HTACCESS_EMPTY_BLOCK', shown.line, shown.text, 'block sets no process group'),
      );
      return;
    }
    rules.push({ ...top.selector, ...top.setEnv });
  }

  function setEnv(at: LogicalLine, args: string): void {
    const allow = opts.allowOverride;
    if (allow !== undefined && !allow.includes('FileInfo') && !allow.includes('All')) {
      // Inside a block Apache 2.4.71 names it instead of saying "here" (observed by the oracle).
      const top = stack.at(-1);
      const apache =
        top === undefined ? 'SetEnv not allowed here' : `SetEnv not allowed in <${top.name}> context`;
      fail('HTACCESS_NOT_ALLOWED', at, 'SetEnv needs AllowOverride FileInfo', apache);
      return;
    }
    const words = splitWords(args);
    const [variable, value] = words;
    if (variable === undefined || variable === '' || words.length > 2) {
      fail('HTACCESS_SETENV_ARGUMENTS', at, 'SetEnv takes a variable name and one value', SETENV_ARGS);
      return;
    }
    const expected = opts.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE;
    if (variable.toUpperCase() !== expected.toUpperCase()) {
      fail('HTACCESS_UNSUPPORTED_VARIABLE', at, `only ${expected} may be set`);
      return;
    }
    const top = stack.at(-1);
    if (top === undefined) {
      fail('HTACCESS_SETENV_OUTSIDE_FILES', at, 'SetEnv must be inside a <Files> or <FilesMatch> block');
    } else if (top.setEnv !== null) {
      fail('HTACCESS_DUPLICATE_SETENV', at, `<${top.name}> already sets ${top.setEnv.variable}`);
    } else {
      // One argument is an empty value: Apache sets "" (embedded mode); the validator refuses it.
      top.setEnv = { variable, processGroup: value ?? '' };
    }
  }
}

function lineOf(d: Diagnostic): number {
  return Number(d.path.slice(d.path.lastIndexOf('/') + 1));
}
