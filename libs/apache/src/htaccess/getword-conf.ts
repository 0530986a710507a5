import { substringConf } from './substring-conf.js';

/** apr_isspace in the C locale: the only characters Apache splits words on and trims from lines. */
export const APR_SPACE = /[ \t\n\v\f\r]/;

/**
 * One word as Apache's ap_getword_conf reads it (server/util.c): a word starting with `"` or `'` runs to the
 * matching quote (or the end of the line), and inside it only `\<quote>` and `\\` are unescaped; an unquoted
 * word runs to whitespace and only `\\` is unescaped. A quote in the middle of a word is literal.
 */
export function getwordConf(line: string, start: number): { word: string; next: number } {
  let pos = skipSpace(line, start);
  const quote = line[pos];
  let word: string;
  if (quote === '"' || quote === "'") {
    let end = pos + 1;
    while (end < line.length && line[end] !== quote) {
      end += line[end] === '\\' && (line[end + 1] === quote || line[end + 1] === '\\') ? 2 : 1;
    }
    word = substringConf(line.slice(pos + 1, end), quote);
    pos = end < line.length ? end + 1 : end;
  } else {
    let end = pos;
    while (end < line.length && !isAprSpace(line.charCodeAt(end))) end++;
    word = substringConf(line.slice(pos, end), null);
    pos = end;
  }
  return { word, next: skipSpace(line, pos) };
}

/**
 * Every word of `args`, the way a directive handler would read them one by one. An empty quoted word (`""`)
 * counts as a word, which is how Apache's TAKE12 tells `SetEnv X ""` (two args) from `SetEnv X` (one).
 */
export function splitWords(
  args: string,
  /** Where the arguments start in `args` (a directive's line after its name): the same as slicing them first. */
  start = 0,
  /**
   * Gives args[from, to), an unquoted word without a backslash (the text as it stands): the config reader's
   * ConfigWords hands repeated words out as one string. By default the slice.
   */
  plainWord?: (args: string, from: number, to: number) => string,
): string[] {
  // The first three words wait in locals and the array is made to their measure: one grown by push starts with room
  // for 16, and the config reader splits 360k lines of one to three words whose arguments outlive the line.
  let first = '';
  let second = '';
  let third = '';
  let more: string[] | undefined;
  let count = 0;
  let pos = skipSpace(args, start);
  while (pos < args.length) {
    let word: string;
    const c = args.charCodeAt(pos);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const read = getwordConf(args, pos);
      word = read.word;
      pos = read.next;
    } else {
      // getwordConf's unquoted branch inline: no result object per word.
      let end = pos;
      let escaped = false;
      for (; end < args.length; end++) {
        const code = args.charCodeAt(end);
        if (isAprSpace(code)) break;
        if (code === BACKSLASH) escaped = true;
      }
      word =
        escaped || plainWord === undefined
          ? substringConf(args.slice(pos, end), null)
          : plainWord(args, pos, end);
      pos = skipSpace(args, end);
    }
    if (count === 0) first = word;
    else if (count === 1) second = word;
    else if (count === 2) third = word;
    else if (more === undefined) more = [first, second, third, word];
    else more.push(word);
    count++;
  }
  if (count === 0) return [];
  if (count === 1) return [first];
  if (count === 2) return [first, second];
  if (count === 3) return [first, second, third];
  return more!;
}

const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;

function skipSpace(line: string, pos: number): number {
  while (pos < line.length && isAprSpace(line.charCodeAt(pos))) pos++;
  return pos;
}

/** APR_SPACE by character code: the importer reads hundreds of thousands of lines, a regex per character shows. */
function isAprSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}
