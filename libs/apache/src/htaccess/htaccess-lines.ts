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

const TRIM = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;

/**
 * Splits .htaccess text the way ap_cfg_getline_core does: lines end at LF (CRLF accepted), a single `\` before
 * the line end joins the next line (the backslash removed), `\\` before the line end is one literal `\`, and
 * a logical line must fit the 8192-byte buffer including its LF and the terminating NUL. The main configuration
 * reads into a far larger buffer (VARBUF_MAX_LEN), hence `buffer`.
 */
export function readLogicalLines(text: string, buffer: number = HTACCESS_LINE_BUFFER): LogicalLine[] {
  const physical = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const lines: LogicalLine[] = [];
  let i = 0;
  while (i < physical.length) {
    const first = i + 1;
    let joined = '';
    let bytes = 0;
    let overflow = false;
    for (;;) {
      const phys = physical[i] as string;
      i++;
      const hasLf = phys.endsWith('\n');
      const size = Buffer.byteLength(phys, 'utf8');
      // apr_file_gets stops one byte short of the buffer; a line that fills it without its LF is "too long".
      if (hasLf ? bytes + size > buffer - 1 : bytes + size >= buffer - 1) {
        lines.push({ line: i, text: '', tooLong: true });
        overflow = true;
        break;
      }
      const body = hasLf ? phys.slice(0, phys.endsWith('\r\n') ? -2 : -1) : phys;
      const combined = joined + body;
      if (hasLf && combined.endsWith('\\')) {
        if (combined.endsWith('\\\\')) {
          joined = combined.slice(0, -1); // escaped: drop the escape, keep one literal backslash
          break;
        }
        joined = combined.slice(0, -1); // continuation: drop the backslash, append the next line
        bytes = Buffer.byteLength(joined, 'utf8');
        if (i < physical.length) continue;
        break;
      }
      joined += phys;
      break;
    }
    if (!overflow) lines.push({ line: first, text: joined.replace(TRIM, '') });
  }
  return lines;
}
