import type { SafeToken } from './safe-token.js';
import { UnsafeValueError } from './safe-token.js';

const INDENT = '    ';
/** Apache reads .htaccess lines into HUGE_STRING_LEN (8192) including LF and NUL (spec §5.2). */
const MAX_LINE_BYTES = 8190;
/** A UTF-16 code unit is at most 3 UTF-8 bytes, so shorter lines cannot be too long and skip the byte count. */
const SURELY_SHORT = Math.floor(MAX_LINE_BYTES / 3);
/** One test per finished line; only a line that trips it pays for the detailed report. */
const SUSPICIOUS_LINE = /[\r\n\0]|\\$/;

/**
 * Builds Apache config text line by line: directive names are literals chosen by the renderer, every
 * argument is a SafeToken. Blocks are indented by four spaces; blank() separates groups of lines.
 */
export class ConfigWriter {
  private readonly lines: string[] = [];
  private readonly open: string[] = [];
  private indent = '';
  /** Index of the innermost open tag's line: blank() right after it is swallowed. */
  private openTagLine = -1;

  constructor(header: readonly string[]) {
    for (const text of header) this.lines.push(`# ${text}`);
    this.blank();
  }

  directive(name: string, ...args: readonly SafeToken[]): this {
    this.lines.push(flatLine(this.indent, name, args, ''));
    return this;
  }

  /** `<Name args>` … `</Name>` around whatever `body` writes. */
  block(name: string, args: readonly SafeToken[], body: () => void): this {
    this.openTagLine = this.lines.push(flatLine(this.indent, `<${name}`, args, '>')) - 1;
    this.open.push(name);
    this.indent = indentFor(this.open.length);
    body();
    this.dropTrailingBlank();
    this.open.pop();
    this.indent = indentFor(this.open.length);
    this.lines.push(closeTag(name, this.open.length));
    return this;
  }

  /** One blank line, never two in a row and never right after an opening tag. */
  blank(): this {
    const count = this.lines.length;
    if (count > 0 && this.lines[count - 1] !== '' && !this.justOpened()) {
      this.lines.push('');
    }
    return this;
  }

  /** LF line endings, exactly one final newline; every line re-checked as a whole before it leaves. */
  toString(): string {
    this.dropTrailingBlank();
    const { lines } = this;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line.length > SURELY_SHORT || SUSPICIOUS_LINE.test(line)) assertSafeLine(line, i);
    }
    return `${lines.join('\n')}\n`;
  }

  private justOpened(): boolean {
    return this.open.length > 0 && this.lines.length - 1 === this.openTagLine;
  }

  private dropTrailingBlank(): void {
    while (this.lines.at(-1) === '') this.lines.pop();
  }
}

const INDENTS: string[] = [''];

function indentFor(depth: number): string {
  while (INDENTS.length <= depth) INDENTS.push(INDENT.repeat(INDENTS.length));
  return INDENTS[depth] as string;
}

/**
 * `indent name arg arg…end` as one flat string. A single join builds a flat string where `+=` would keep a rope
 * of small pieces alive until the file is joined (ten times the memory on a 10,000-vhost include); the parts
 * array is allocated at its final size because this runs once per rendered line.
 */
function flatLine(indent: string, name: string, args: readonly SafeToken[], end: string): string {
  const count = args.length;
  if (count === 0) return [indent, name, end].join('');
  const parts = new Array<string>(count + 1);
  parts[0] = indent + name;
  for (let i = 0; i < count; i++) parts[i + 1] = args[i] as string;
  if (end !== '') parts[count] += end;
  return parts.join(' ');
}

/** `</Name>` at each depth, built once: every block ends with one. */
const CLOSE_TAGS = new Map<string, string[]>();

function closeTag(name: string, depth: number): string {
  let byDepth = CLOSE_TAGS.get(name);
  if (byDepth === undefined) CLOSE_TAGS.set(name, (byDepth = []));
  return (byDepth[depth] ??= [indentFor(depth), '</', name, '>'].join(''));
}

/** Whole-line check: nothing a single bad token could have slipped past (continuation, CR, NUL, length). */
export function assertSafeLine(line: string, index: number): void {
  const problems: string[] = [];
  if (/[\r\n\0]/.test(line)) problems.push('contains CR, LF or NUL');
  if (line.endsWith('\\')) problems.push('ends in a backslash (line continuation)');
  if (Buffer.byteLength(line, 'utf8') > MAX_LINE_BYTES) problems.push('is longer than Apache reads');
  if (problems.length > 0) throw new UnsafeValueError(`rendered line ${index + 1}`, line, problems);
}
