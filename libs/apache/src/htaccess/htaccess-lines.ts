/** HUGE_STRING_LEN: the buffer ap_pcfg_openfile reads .htaccess lines into, NUL included (spec §5.2). */
export const HTACCESS_LINE_BUFFER = 8192;

export interface LogicalLine {
  /** 1-based number of the first physical line. */
  line: number;
  /** Joined and trimmed text, as ap_cfg_getline hands it to the parser ("" when too long). */
  text: string;
  /** The line did not fit the buffer ("Line too long"); `line` is then the physical line that overflowed. */
  tooLong?: true;
}

/**
 * Splits .htaccess text the way ap_cfg_getline_core does: lines end at LF (CRLF accepted), a single `\` before
 * the line end joins the next line (the backslash removed), `\\` before the line end is one literal `\`, and
 * a logical line must fit the 8192-byte buffer including its LF and the terminating NUL. The main configuration
 * reads into a far larger buffer (VARBUF_MAX_LEN), hence `buffer`.
 */
export function readLogicalLines(text: string, buffer: number = HTACCESS_LINE_BUFFER): LogicalLine[] {
  const reader = new LogicalLineReader(text, buffer);
  const lines: LogicalLine[] = [];
  for (let line = reader.next(); line !== undefined; line = reader.next()) lines.push(line);
  return lines;
}

/**
 * readLogicalLines one line at a time: the config reader takes each line as it needs it, so the lines of a 12 MB
 * configuration are garbage as soon as they are read instead of an array that outlives the whole read (and is
 * copied by every young-generation collection meanwhile).
 */
export class LogicalLineReader {
  private pos = 0;
  private physical = 0;

  constructor(
    private readonly text: string,
    private readonly buffer: number = HTACCESS_LINE_BUFFER,
  ) {}

  /** The next logical line, or undefined at the end of the text. */
  next(): LogicalLine | undefined {
    // One scan with indexOf and slices of `text`: an import reads hundreds of thousands of lines, and a regex match
    // per line, a byte count per line and a trim regex per line were most of its reading time.
    const { text, buffer } = this;
    const length = text.length;
    if (this.pos >= length) return undefined;
    const first = this.physical + 1;
    let joined = '';
    let bytes = 0;
    for (;;) {
      const start = this.pos;
      const lf = text.indexOf('\n', start);
      const hasLf = lf !== -1;
      this.pos = hasLf ? lf + 1 : length;
      const pos = this.pos;
      this.physical++;
      const size = utf8Length(text, start, pos, buffer - bytes);
      // apr_file_gets stops one byte short of the buffer; a line that fills it without its LF is "too long".
      if (hasLf ? bytes + size > buffer - 1 : bytes + size >= buffer - 1) {
        return { line: this.physical, text: '', tooLong: true };
      }
      const bodyEnd = hasLf ? (lf > start && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf) : pos;
      if (hasLf && endsWithBackslash(text, start, bodyEnd, joined)) {
        const combined = joined + text.slice(start, bodyEnd);
        joined = combined.slice(0, -1);
        // `\\` escaped: one literal backslash, the line ends; `\`: continuation, the next line is appended.
        if (combined.endsWith('\\\\')) break;
        bytes = Buffer.byteLength(joined, 'utf8');
        if (pos < length) continue;
        break;
      }
      // The common case, one physical line: trimmed on `text` itself, one slice.
      if (joined === '') return { line: first, text: trimmedSlice(text, start, pos) };
      joined += text.slice(start, pos);
      break;
    }
    return { line: first, text: trimSpace(joined) };
  }
}

const CR = 13;
const BACKSLASH = 92;

/** Whether `joined` + text[start, end) ends with a backslash, without building the string. */
function endsWithBackslash(text: string, start: number, end: number, joined: string): boolean {
  if (end > start) return text.charCodeAt(end - 1) === BACKSLASH;
  return joined.endsWith('\\');
}

/**
 * UTF-8 byte length of text[start, end). A UTF-16 code unit takes at most 3 bytes, so a short slice that fits `room`
 * anyway is not counted exactly (the caller only compares against the buffer).
 */
function utf8Length(text: string, start: number, end: number, room: number): number {
  const units = end - start;
  if (units * 3 < room - 1) return units;
  return Buffer.byteLength(text.slice(start, end), 'utf8');
}

/** apr_isspace trim (space, \t \n \v \f \r) of both ends. */
function trimSpace(text: string): string {
  return trimmedSlice(text, 0, text.length);
}

/** text[start, end) without its leading and trailing apr_isspace characters. */
function trimmedSlice(text: string, start: number, end: number): string {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}
