import type { SafeToken } from './safe-token.js';
import { MAX_LINE_BYTES } from './line-limit.js';
import { UnsafeValueError } from './safe-token.js';

const INDENT = '    ';
/** A UTF-16 code unit is at most 3 UTF-8 bytes, so shorter lines cannot be too long and skip the byte count. */
const SURELY_SHORT = Math.floor(MAX_LINE_BYTES / 3);
/** One test per finished line; only a line that trips it pays for the detailed report. */
const SUSPICIOUS_LINE = /[\r\n\0]|\\$/;

/**
 * Lines kept as separate strings before they are joined into a chunk of text. A 10,000-vhost include has
 * ~300k lines: all kept to the end, they survive young-generation GCs and get copied by each one (a fifth of
 * the include's cost); joined in chunks they die young and only the chunks, i.e. the output, are kept.
 */
const CHUNK_LINES = 2048;

/**
 * Builds Apache config text line by line: directive names are literals chosen by the renderer, every
 * argument is a SafeToken. Blocks are indented by four spaces; blank() separates groups of lines.
 */
export class ConfigWriter {
  /** Lines not yet in a chunk. Once anything is written the last line is always here (see chunk()). */
  private readonly lines: string[] = [];
  /** The text of earlier lines, each chunk ending in LF, already checked. */
  private readonly chunks: string[] = [];
  /** How many lines are in chunks: line numbers count from the start of the file. */
  private chunked = 0;
  /** The first chunked line that failed the whole-line check; toString() throws it, as it always did. */
  private firstBadLine: { line: string; index: number } | null = null;
  private readonly open: string[] = [];
  private indent = '';
  /** Index (from the start of the file) of the innermost open tag's line: blank() right after it is swallowed. */
  private openTagLine = -1;

  constructor(header: readonly string[]) {
    for (const text of header) this.lines.push(`# ${text}`);
    this.blank();
  }

  directive(name: string, ...args: readonly SafeToken[]): this {
    this.push(flatLine(this.indent, name, args, ''));
    return this;
  }

  /** `<Name args>` … `</Name>` around whatever `body` writes. */
  block(name: string, args: readonly SafeToken[], body: () => void): this {
    this.openTagLine = this.push(flatLine(this.indent, `<${name}`, args, '>'));
    this.open.push(name);
    this.indent = indentFor(this.open.length);
    body();
    this.dropTrailingBlank();
    this.open.pop();
    this.indent = indentFor(this.open.length);
    this.push(closeTag(name, this.open.length));
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
    const bad = this.firstBadLine;
    if (bad !== null) assertSafeLine(bad.line, bad.index);
    const { chunks, lines } = this;
    if (chunks.length === 0) return checkedText(lines);
    return (lines.length > 0 ? [...chunks, checkedText(lines, this.chunked)] : chunks).join('');
  }

  /** Appends a line; returns its index from the start of the file. */
  private push(line: string): number {
    if (this.lines.length >= CHUNK_LINES) this.chunk();
    return this.chunked + this.lines.push(line) - 1;
  }

  /**
   * Joins every pending line but the last into a chunk. The last one stays for blank() and
   * dropTrailingBlank(); blank() never writes two blank lines in a row, so no chunked line is ever dropped.
   */
  private chunk(): void {
    const { lines } = this;
    const last = lines.pop() as string;
    lines.push('');
    const text = lines.join('\n');
    lines.pop();
    if (this.firstBadLine === null && !isPlainText(text, lines.length)) {
      this.firstBadLine = firstBadLine(lines, this.chunked);
    }
    this.chunks.push(text);
    this.chunked += lines.length;
    lines.length = 0;
    lines.push(last);
  }

  private justOpened(): boolean {
    return this.open.length > 0 && this.chunked + this.lines.length - 1 === this.openTagLine;
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

/**
 * The file text of `lines`: LF endings, exactly one final newline, every line re-checked as a whole. The check
 * runs on the joined text, where it costs a few native scans instead of a regex call per line: no CR, NUL or
 * backslash before a LF anywhere, exactly one LF per line (so no line holds one) and no line too long to skip
 * the byte count. Only text that fails it is checked line by line, which finds and reports the first bad line.
 * `lines` is briefly extended while joining; `firstLineIndex` numbers them in errors.
 */
export function checkedText(lines: string[], firstLineIndex = 0): string {
  if (lines.length === 0) return '\n';
  // Joining with a trailing empty line gives the final LF inside one flat string (a `+ '\n'` would not be flat).
  lines.push('');
  const text = lines.join('\n');
  lines.pop();
  if (!isPlainText(text, lines.length)) {
    const bad = firstBadLine(lines, firstLineIndex);
    if (bad !== null) assertSafeLine(bad.line, bad.index);
  }
  return text;
}

/** The first of `lines` (numbered from `firstLineIndex`) that assertSafeLine refuses, or null. */
function firstBadLine(
  lines: readonly string[],
  firstLineIndex: number,
): { line: string; index: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if ((line.length > SURELY_SHORT || SUSPICIOUS_LINE.test(line)) && lineProblems(line).length > 0) {
      return { line, index: firstLineIndex + i };
    }
  }
  return null;
}

/** True only when no line of `text` (`lineCount` LF-terminated lines) could fail assertSafeLine. */
function isPlainText(text: string, lineCount: number): boolean {
  if (text.indexOf('\r') !== -1 || text.indexOf('\0') !== -1 || text.indexOf('\\\n') !== -1) return false;
  let count = 0;
  for (let start = 0; ; count++) {
    const end = text.indexOf('\n', start);
    if (end === -1) break;
    if (end - start > SURELY_SHORT) return false;
    start = end + 1;
  }
  return count === lineCount;
}

/** Whole-line check: nothing a single bad token could have slipped past (continuation, CR, NUL, length). */
export function assertSafeLine(line: string, index: number): void {
  const problems = lineProblems(line);
  if (problems.length > 0) throw new UnsafeValueError(`rendered line ${index + 1}`, line, problems);
}

function lineProblems(line: string): string[] {
  const problems: string[] = [];
  if (/[\r\n\0]/.test(line)) problems.push('contains CR, LF or NUL');
  if (line.endsWith('\\')) problems.push('ends in a backslash (line continuation)');
  if (Buffer.byteLength(line, 'utf8') > MAX_LINE_BYTES) problems.push('is longer than Apache reads');
  return problems;
}
