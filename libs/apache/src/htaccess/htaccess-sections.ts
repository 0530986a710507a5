import { htaccessError } from './htaccess-diagnostic.js';
import type { LogicalLine } from './htaccess-lines.js';
import type { Block, HtaccessParseState } from './htaccess-parse-state.js';
import { splitWords } from './getword-conf.js';

/** `<Files name>` / `<FilesMatch regex>` open a rule's section; every other section is refused on its line. */
export function openSection(state: HtaccessParseState, at: LogicalLine, command: string, args: string): void {
  const bare = command.endsWith('>');
  const name = command.slice(1, bare ? -1 : undefined);
  const block: Block = { name, line: at.line, selector: null, setEnv: null, broken: false };
  const lower = name.toLowerCase();
  if (state.stack.length > 0)
    state.fail('HTACCESS_NESTED_CONTAINER', at, `<${name}> inside <${state.top()?.name}> is not supported`);
  else if (lower !== 'files' && lower !== 'filesmatch') {
    state.fail(
      'HTACCESS_UNSUPPORTED_CONTAINER',
      at,
      `<${name}> is not supported; only <Files> and <FilesMatch>`,
    );
  } else if (bare || !args.endsWith('>')) {
    const apache = bare
      ? `<${name}> directive requires additional arguments`
      : `<${name}> directive missing closing '>'`;
    state.fail('HTACCESS_SYNTAX', at, apache, apache);
  } else {
    const words = splitWords(args.slice(0, -1));
    if (words.length !== 1 || words[0] === '' || words[0] === '~') {
      const hint = words[0] === '~' ? '; write <FilesMatch regex> instead of <Files ~ regex>' : '';
      state.fail('HTACCESS_SYNTAX', at, `<${name}> takes exactly one file name or pattern${hint}`);
    } else {
      block.selector = lower === 'files' ? { files: words[0] as string } : { filesMatch: words[0] as string };
    }
  }
  state.stack.push(block);
}

/** A closing tag ends the innermost section, which yields its rule when nothing in it was refused. */
export function closeSection(
  state: HtaccessParseState,
  at: LogicalLine,
  command: string,
  args: string,
): void {
  const top = state.top();
  if (!command.endsWith('>') || args !== '') {
    state.fail('HTACCESS_SYNTAX', at, 'a closing tag must look like </Files>');
    return;
  }
  const name = command.slice(2, -1);
  if (top === undefined) {
    const apache = `</${name}> without matching <${name}> section`;
    state.fail('HTACCESS_UNMATCHED_CLOSE', at, apache, apache);
    return;
  }
  if (name.toLowerCase() !== top.name.toLowerCase()) {
    const apache = `Expected </${top.name}> but saw </${name}>`;
    state.fail('HTACCESS_UNMATCHED_CLOSE', at, apache, apache);
    return;
  }
  state.stack.pop();
  if (top.selector === null || top.broken) return;
  if (top.setEnv === null) {
    state.diagnostics.push(
      htaccessError('HTACCESS_EMPTY_BLOCK', top.line, `<${top.name}`, 'block sets no process group'),
    );
    return;
  }
  // Built field by field (files or filesMatch, variable, processGroup): spreading two objects of varying shape
  // was the slowest line of an import reading 20k .htaccess files.
  const { variable, processGroup } = top.setEnv;
  state.rules.push(
    top.selector.files !== undefined
      ? { files: top.selector.files, variable, processGroup }
      : { filesMatch: top.selector.filesMatch!, variable, processGroup },
  );
}

/** Sections still open at the end of the file, each refused on the line that opened it. */
export function reportUnclosedSections(state: HtaccessParseState): void {
  for (const block of state.stack) {
    const apache = `<${block.name}> was not closed.`;
    state.diagnostics.push(
      htaccessError('HTACCESS_UNCLOSED_CONTAINER', block.line, `<${block.name}`, apache, apache),
    );
  }
}
