import { posix } from 'node:path';
import { LogicalLineReader } from '../htaccess/htaccess-lines.js';
import { ConfigFileSet, hasWildcard } from './config-file-set.js';
import { ConfigWords } from './config-words.js';
import type {
  ConfigDirective,
  ConfigReadCode,
  ConfigReadDiagnostic,
  SourceLocation,
} from './config-directive.js';
import { interpolate } from './interpolate.js';
import { ModuleRegistry } from './module-registry.js';

export interface ReadConfigOptions {
  /** The main configuration file (Debian: /etc/apache2/apache2.conf). */
  readonly main: string;
  /** Where relative Include paths start until a `ServerRoot` says otherwise (Debian: /etc/apache2). */
  readonly serverRoot?: string;
  /** `-D NAME` parameters of the apache2 command line. */
  readonly defines?: readonly string[];
  /** The environment Apache starts with (`${APACHE_LOG_DIR}`…); Debian's envvars file adds to it when present. */
  readonly env?: Readonly<Record<string, string>>;
}

/** A line Apache reads but that is not a directive of the result: structure (Include, conditionals) or inactive. */
export interface StructuralLine extends SourceLocation {
  readonly text: string;
  readonly reason: string;
}

export interface ConfigReadResult {
  readonly directives: readonly ConfigDirective[];
  readonly structural: readonly StructuralLine[];
  readonly diagnostics: readonly ConfigReadDiagnostic[];
  /** Every file read, in reading order. */
  readonly filesRead: readonly string[];
}

/** Apache refuses deeper Include nesting (AP_MAX_INCLUDE_DEPTH). */
const MAX_INCLUDE_DEPTH = 128;
/** VARBUF_MAX_LEN: main configuration lines may be this long. */
const CONFIG_LINE_BUFFER = 16 * 1024 * 1024;

interface OpenSection {
  readonly location: SourceLocation;
  readonly name: string;
  readonly nameKey: string;
  readonly args: readonly string[];
  readonly text: string;
  readonly children: DirectiveList;
}

/** Where read directives go: a section's children, or the top level (an array, or the caller's callback). */
type DirectiveList = Pick<ConfigDirective[], 'push'>;

/**
 * Reads an Apache configuration the way Apache reads it (spec §5.2): logical lines with `\` continuation, `#` comments
 * only at the start of a line, case-insensitive names, `${VAR}` from `Define` and the environment, `<IfModule>` and
 * `<IfDefine>` evaluated against the modules loaded so far and the defines, `Include`/`IncludeOptional` with globs
 * relative to `ServerRoot` spliced in where they stand, include loops refused. Every line lands either in a directive or
 * in `structural`, so an importer can account for all of them.
 */
export function readConfigFiles(
  fileSet: ConfigFileSet,
  options: ReadConfigOptions,
  /**
   * Given, each top-level directive (a section once closed) is handed to it in reading order instead of being kept
   * in `directives` (then empty): an importer that adopts a <VirtualHost> as soon as it is read lets its 36 lines
   * of directives die young instead of surviving, with 360k others, until the whole configuration is read.
   */
  onDirective?: (directive: ConfigDirective) => void,
): ConfigReadResult {
  const reader = new ConfigReader(fileSet, options);
  const directives: ConfigDirective[] = [];
  const into: DirectiveList = onDirective === undefined ? directives : { push: handTo(onDirective) };
  reader.readFile(options.main, into, [], { file: options.main, line: 0 }, false);
  return reader.result(directives);
}

function handTo(onDirective: (directive: ConfigDirective) => void): (...items: ConfigDirective[]) => number {
  return (...items) => {
    for (const item of items) onDirective(item);
    return 0;
  };
}

class ConfigReader {
  private serverRoot: string;
  private readonly defines = new Map<string, string>();
  private readonly env: Record<string, string>;
  private readonly modules = new ModuleRegistry();
  private readonly structural: StructuralLine[] = [];
  private readonly diagnostics: ConfigReadDiagnostic[] = [];
  private readonly filesRead: string[] = [];
  /**
   * Names and words of the lines: each spelling of a directive name with its lower case, one pair shared by every
   * directive so spelled (one toLowerCase per spelling instead of per line, 360k at 10k vhosts), and one string per
   * repeated word.
   */
  private readonly words = new ConfigWords();

  constructor(
    private readonly files: ConfigFileSet,
    options: ReadConfigOptions,
  ) {
    this.serverRoot = options.serverRoot ?? posix.dirname(options.main);
    for (const name of options.defines ?? []) this.defines.set(name, '');
    this.env = { ...debianEnvvars(files, this.serverRoot), ...options.env };
  }

  result(directives: ConfigDirective[]): ConfigReadResult {
    return {
      directives,
      structural: this.structural,
      diagnostics: this.diagnostics,
      filesRead: this.filesRead,
    };
  }

  readFile(
    path: string,
    into: DirectiveList,
    stack: string[],
    from: SourceLocation,
    optional: boolean,
  ): void {
    const content = this.files.read(path);
    if (content === undefined) {
      if (!optional)
        this.report(from, 'error', 'CONFIG_FILE_MISSING', `Could not open configuration file ${path}`);
      return;
    }
    if (content.includes('\u0000')) {
      this.report(
        { file: path, line: 1 },
        'error',
        'CONFIG_BINARY_FILE',
        `${path} is not a text file (NUL byte)`,
      );
      return;
    }
    this.filesRead.push(path);
    const sections: OpenSection[] = [];
    const target = (): DirectiveList => sections.at(-1)?.children ?? into;
    // Line by line, not an array of all: 360k lines at 10k vhosts would all survive until the file's end.
    const lines = new LogicalLineReader(content, CONFIG_LINE_BUFFER);
    for (let logical = lines.next(); logical !== undefined; logical = lines.next()) {
      if (logical.text === '' || logical.text.charCodeAt(0) === HASH) continue;
      // A location object only for what keeps or reports one: a directive copies its file and line.
      const line = logical.line;
      const text = logical.text.includes('${')
        ? this.interpolated({ file: path, line }, logical.text)
        : logical.text;
      if (text.startsWith('</')) this.closeSection({ file: path, line }, text, sections, target);
      else if (text.startsWith('<')) this.openSection({ file: path, line }, text, lines, sections, target());
      else this.directive(path, line, text, target(), stack);
    }
    for (const open of sections) {
      this.report(open.location, 'error', 'CONFIG_SECTION_UNCLOSED', `<${open.name}> was not closed.`);
    }
  }

  private openSection(
    at: SourceLocation,
    text: string,
    lines: LogicalLineReader,
    sections: OpenSection[],
    into: DirectiveList,
  ): void {
    if (!text.endsWith('>')) {
      this.report(
        at,
        'error',
        'CONFIG_SECTION_SYNTAX',
        `${text.split(/\s/)[0]}> directive missing closing '>'`,
      );
      return;
    }
    const inner = text.slice(1, -1).trim();
    const [name, nameKey] = this.words.name(inner);
    const args = this.words.args(inner, name.length);
    if (nameKey === 'ifmodule' || nameKey === 'ifdefine') {
      const active = this.conditionHolds(nameKey, args[0] ?? '');
      this.structural.push({
        ...at,
        text,
        reason: `<${name} ${args.join(' ')}> is ${active ? 'true' : 'false'}`,
      });
      if (active) {
        // The content belongs to the enclosing section; remember the close line only.
        sections.push({ location: at, name, nameKey, args, text, children: into });
        return;
      }
      this.skipInactive(at, lines, `inside <${name} ${args.join(' ')}>, which is false`);
      return;
    }
    sections.push({ location: at, name, nameKey, args, text, children: [] });
  }

  /** ap_soak_end_container: skip to the matching close, counting nested sections of any name. */
  private skipInactive(at: SourceLocation, lines: LogicalLineReader, reason: string): void {
    let depth = 1;
    for (let logical = lines.next(); logical !== undefined; logical = lines.next()) {
      const text = logical.text;
      if (text === '') continue;
      this.structural.push({ file: at.file, line: logical.line, text, reason });
      if (text.startsWith('</')) depth--;
      else if (text.startsWith('<')) depth++;
      if (depth === 0) return;
    }
    this.report(at, 'error', 'CONFIG_SECTION_UNCLOSED', `Expected closing section before end of file.`);
  }

  private closeSection(
    at: SourceLocation,
    text: string,
    sections: OpenSection[],
    target: () => DirectiveList,
  ): void {
    const name = (text.endsWith('>') ? text.slice(2, -1) : text.slice(2)).trim();
    const open = sections.pop();
    if (open === undefined || open.nameKey !== name.toLowerCase()) {
      const expected = open === undefined ? 'no open section' : `</${open.name}>`;
      this.report(at, 'error', 'CONFIG_SECTION_MISMATCH', `Expected ${expected} but saw </${name}>`);
      if (open !== undefined) sections.push(open);
      return;
    }
    if (open.nameKey === 'ifmodule' || open.nameKey === 'ifdefine') {
      this.structural.push({ ...at, text, reason: `end of <${open.name}>` });
      return;
    }
    const section: ConfigDirective = {
      file: open.location.file,
      line: open.location.line,
      name: open.name,
      nameKey: open.nameKey,
      args: open.args,
      text: open.text,
      // A section other than <IfModule>/<IfDefine> (returned above) collects its children in an array of its own.
      children: open.children as ConfigDirective[],
      endLine: at.line,
    };
    target().push(section);
  }

  private directive(file: string, line: number, text: string, into: DirectiveList, stack: string[]): void {
    const [name, nameKey] = this.words.name(text);
    const args = this.words.args(text, name.length);
    if (nameKey === 'include' || nameKey === 'includeoptional') {
      this.structural.push({ file, line, text, reason: `${name} followed` });
      this.include({ file, line }, args[0] ?? '', nameKey === 'includeoptional', into, stack);
      return;
    }
    if (nameKey === 'define' && args[0] !== undefined) this.defines.set(args[0], args[1] ?? '');
    if (nameKey === 'undefine' && args[0] !== undefined) this.defines.delete(args[0]);
    if (nameKey === 'serverroot' && args[0] !== undefined) this.serverRoot = args[0];
    if (nameKey === 'loadmodule' && args[0] !== undefined) this.modules.load(args[0], args[1] ?? '');
    into.push({ file, line, name, nameKey, args, text });
  }

  private include(
    at: SourceLocation,
    pattern: string,
    optional: boolean,
    into: DirectiveList,
    stack: string[],
  ) {
    const path = posix.isAbsolute(pattern) ? pattern : posix.join(this.serverRoot, pattern);
    const wildcard = hasWildcard(path);
    const paths = wildcard || this.files.isDirectory(path) ? this.files.expand(path) : [path];
    if (paths.length === 0 && !optional && wildcard) {
      this.report(
        at,
        'error',
        'CONFIG_INCLUDE_NO_MATCH',
        `No matches for the wildcard '${posix.basename(path)}'`,
      );
    }
    for (const file of paths) {
      if (stack.includes(file) || stack.length >= MAX_INCLUDE_DEPTH) {
        this.report(
          at,
          'error',
          'CONFIG_INCLUDE_LOOP',
          `Include of ${file} loops back (${[...stack, file].join(' → ')})`,
        );
        continue;
      }
      this.readFile(file, into, [...stack, at.file], at, optional);
    }
  }

  private conditionHolds(kind: 'ifmodule' | 'ifdefine', argument: string): boolean {
    const negated = argument.startsWith('!');
    const name = negated ? argument.slice(1) : argument;
    const present = kind === 'ifmodule' ? this.modules.has(name) : this.defines.has(name);
    return negated ? !present : present;
  }

  private interpolated(at: SourceLocation, text: string): string {
    return interpolate(
      text,
      (name) => this.variable(name),
      (name) =>
        this.report(at, 'warning', 'CONFIG_VARIABLE_UNDEFINED', `Config variable \${${name}} is not defined`),
    );
  }

  private variable(name: string): string | undefined {
    return this.defines.get(name) ?? this.env[name];
  }

  private report(
    at: SourceLocation,
    severity: 'error' | 'warning',
    code: ConfigReadCode,
    message: string,
  ): void {
    this.diagnostics.push({ file: at.file, line: at.line, severity, code, message });
  }
}

const HASH = 35;

/** Debian starts Apache through envvars (`export APACHE_RUN_USER=www-data`…); read those assignments if uploaded. */
function debianEnvvars(files: ConfigFileSet, serverRoot: string): Record<string, string> {
  const text = files.read(posix.join(serverRoot, 'envvars'));
  const env: Record<string, string> = {};
  for (const match of (text ?? '').matchAll(/^\s*export\s+([A-Z_][A-Z0-9_]*)=("?)([^"\n]*)\2\s*$/gm)) {
    const value = match[3]!.replace(
      /\$([A-Z_][A-Z0-9_]*)|\$\{([A-Z_][A-Z0-9_]*)\}/g,
      (_, a, b) => env[a ?? b] ?? '',
    );
    env[match[1]!] = value;
  }
  return env;
}
