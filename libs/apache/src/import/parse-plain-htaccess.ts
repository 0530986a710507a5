import { splitWords } from '../htaccess/getword-conf.js';
import type { ParseHtaccessOptions, ParseHtaccessResult } from '../htaccess/parse-htaccess.js';
import { DEFAULT_PROCESS_GROUP_VARIABLE, type HtaccessRule } from '../model/server-model.js';

/**
 * The import's fast path for a .htaccess of the shape Hostplane renders (and most hand-written ones): comments, blank
 * lines and `<Files name>` / `<FilesMatch regex>` blocks each holding exactly one `SetEnv <variable> <group>`. It
 * gives parseHtaccess's answer for such a file in one scan, without the general parser's per-line objects (20k files
 * and 820k lines at 10k vhosts were a quarter of the import). Anything else — a line the general parser would refuse,
 * a continuation, CR, an escape, `${`, another spelling of a tag — answers null, and the caller parses the file with
 * parseHtaccess, so every diagnostic still comes from the one parser (property-tested:
 * plain-htaccess-agrees-with-parse-htaccess.spec.ts).
 */
export function parsePlainHtaccess(
  text: string,
  options: ParseHtaccessOptions,
  /**
   * Selectors and variables already read, each kept once across files: 200k rules at 10k vhosts repeat a few dozen,
   * and every copy would survive until the import ends.
   */
  known: Map<string, string> = new Map(),
  /**
   * Rules in the spec's form instead (ruleSpec's): the default variable, in any case, left out — which the model
   * reads as the same rule. The import's model exists only to be exported, and its export then shares these rules.
   */
  specForm = false,
): ParseHtaccessResult | null {
  if (hasUnusualText(text)) return null;
  const allow = options.allowOverride;
  // Without FileInfo every SetEnv is refused; such a file is left to the general parser.
  if (allow !== undefined && !allow.includes('FileInfo') && !allow.includes('All')) return null;
  const expected = (options.variable ?? DEFAULT_PROCESS_GROUP_VARIABLE).toUpperCase();
  const rules: HtaccessRule[] = [];
  const length = text.length;
  let open: typeof FILES | typeof FILES_MATCH | null = null;
  let selector = '';
  let variable: string | null = null;
  let processGroup = '';
  let lastVariable: string | null = null;
  // Whether the variable last written into a rule is left out (specForm): decided once per variable, not per rule.
  let checkedVariable: string | null = null;
  let leftOut = false;
  const groups: string[] = [];
  // The first two words of the line at hand (start, end, start, end): read in place, sliced only when kept.
  const bounds = [0, 0, 0, 0];
  let pos = 0;
  while (pos < length) {
    const lf = text.indexOf('\n', pos);
    let end = lf === -1 ? length : lf;
    let start = pos;
    pos = end + 1;
    // Far below the 8192-byte buffer even at 3 UTF-8 bytes per unit; longer lines go to the general parser.
    if (end - start > MAX_LINE_UNITS) return null;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    if (start === end || text.charCodeAt(start) === HASH) continue;
    if (text.charCodeAt(start) === LT && text.charCodeAt(start + 1) === SLASH) {
      if (open === null || variable === null || end - start !== open.length + 3) return null;
      if (!isWordAt(text, start + 2, open) || text.charCodeAt(end - 1) !== GT) return null;
      if (variable !== checkedVariable) {
        checkedVariable = variable;
        leftOut = specForm && variable.toUpperCase() === DEFAULT_PROCESS_GROUP_VARIABLE;
      }
      rules.push(
        open === FILES
          ? leftOut
            ? { files: selector, processGroup }
            : { files: selector, variable, processGroup }
          : leftOut
            ? { filesMatch: selector, processGroup }
            : { filesMatch: selector, variable, processGroup },
      );
      open = null;
      variable = null;
    } else if (text.charCodeAt(start) === LT) {
      if (open !== null) return null;
      const tag = isWordAt(text, start + 1, FILES_MATCH) ? FILES_MATCH : FILES;
      const after = start + 1 + tag.length;
      if (!isWordAt(text, start + 1, tag) || !isBlank(text.charCodeAt(after))) return null;
      if (text.charCodeAt(end - 1) !== GT) return null;
      const count = plainWords(text, after, end - 1, bounds);
      let word: string | null;
      if (count === QUOTED) {
        word = onlyQuotedWord(text, after, end - 1);
        if (word === null) {
          const words = splitWords(text.slice(after, end - 1));
          if (words.length !== 1) return null;
          word = words[0]!;
        }
      } else if (count === 1) word = text.slice(bounds[0], bounds[1]);
      else return null;
      if (word === '' || word === '~') return null;
      open = tag;
      selector = shared(word, known);
    } else {
      if (open === null || variable !== null) return null;
      if (!isWordAt(text, start, SET_ENV) || !isBlank(text.charCodeAt(start + SET_ENV.length))) return null;
      const count = plainWords(text, start + SET_ENV.length, end, bounds);
      if (count === QUOTED) {
        const words = splitWords(text.slice(start + SET_ENV.length, end));
        if (words.length < 1 || words.length > 2 || words[0] === '') return null;
        if (words[0] !== expected && words[0]!.toUpperCase() !== expected) return null;
        variable = words[0] === lastVariable ? lastVariable : (lastVariable = shared(words[0]!, known));
        processGroup = recent(words[1] ?? '', groups);
        continue;
      }
      if (count < 1 || count > 2) return null;
      // A file names one variable and a few groups, over and over: compared in place with this file's, not sliced.
      if (lastVariable !== null && isAt(text, bounds[0]!, bounds[1]!, lastVariable)) variable = lastVariable;
      else {
        const word = text.slice(bounds[0], bounds[1]);
        if (word !== expected && word.toUpperCase() !== expected) return null;
        variable = lastVariable = shared(word, known);
      }
      processGroup = count === 1 ? '' : recentAt(text, bounds[2]!, bounds[3]!, groups);
    }
  }
  if (open !== null) return null;
  return { rules, diagnostics: [] };
}

function shared(word: string, known: Map<string, string>): string {
  const seen = known.get(word);
  if (seen !== undefined) return seen;
  known.set(word, word);
  return word;
}

/** `word` as an equal string of `seen` (this file's, a handful), or itself, remembered. */
function recent(word: string, seen: string[]): string {
  for (const s of seen) if (s === word) return s;
  if (seen.length < RECENT) seen.push(word);
  return word;
}

/** recent(text.slice(start, end), seen), slicing only a word not seen yet. */
function recentAt(text: string, start: number, end: number, seen: string[]): string {
  for (const s of seen) if (isAt(text, start, end, s)) return s;
  return recent(text.slice(start, end), seen);
}

/** Whether text[start, end) is `word`. */
function isAt(text: string, start: number, end: number, word: string): boolean {
  return end - start === word.length && isWordAt(text, start, word);
}

/** `text.startsWith(word, at)` by character codes: startsWith with a position was the scan's slowest step. */
function isWordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

const RECENT = 16;
const FILES = 'Files';
const FILES_MATCH = 'FilesMatch';
const SET_ENV = 'SetEnv';
const MAX_LINE_UNITS = 2000;
const HASH = 35;
const LT = 60;
const SLASH = 47;
const GT = 62;
const BACKSLASH = 92;

/**
 * What the general parser treats specially anywhere in a file: CR, vertical tab and form feed (line ends, trimming),
 * NUL, `${`, and a backslash before a line end (continuation). A file with none of them splits on LF alone.
 */
function hasUnusualText(text: string): boolean {
  if (/[\r\v\f\0]/.test(text) || text.includes('${')) return true;
  let at = text.indexOf('\\');
  while (at !== -1) {
    const next = text.charCodeAt(at + 1);
    if (at + 1 === text.length || next === 10) return true;
    at = text.indexOf('\\', at + 1);
  }
  return false;
}

/**
 * How many words text[start, end) holds as ap_getword_conf reads them when none is quoted or escaped, the bounds of
 * the first two in `bounds`; QUOTED when a word holds a quote or a backslash (the caller then asks splitWords, so
 * quoting and escapes have one implementation).
 */
function plainWords(text: string, start: number, end: number, bounds: number[]): number {
  let count = 0;
  let pos = start;
  while (pos < end) {
    while (pos < end && isBlank(text.charCodeAt(pos))) pos++;
    if (pos === end) break;
    const first = pos;
    while (pos < end && !isBlank(text.charCodeAt(pos))) {
      const c = text.charCodeAt(pos);
      if (c === BACKSLASH || c === 34 || c === 39) return QUOTED;
      pos++;
    }
    if (count < 2) {
      bounds[2 * count] = first;
      bounds[2 * count + 1] = pos;
    }
    count++;
  }
  return count;
}

const QUOTED = -1;

/**
 * text[start, end) when it holds one quoted word and nothing that splitWords would unescape (`\<quote>`, `\\`): the
 * inner text as it stands, without slicing the arguments and splitting them (every `<FilesMatch "regex">` the
 * renderer writes). null for anything else, and the caller asks splitWords.
 */
function onlyQuotedWord(text: string, start: number, end: number): string | null {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  const quote = text.charCodeAt(start);
  if (quote !== 34 && quote !== 39) return null;
  let close = start + 1;
  for (; close < end; close++) {
    const c = text.charCodeAt(close);
    if (c === quote) break;
    if (c === BACKSLASH) {
      const next = text.charCodeAt(close + 1);
      if (next === quote || next === BACKSLASH) return null;
    }
  }
  if (close >= end) return null;
  for (let rest = close + 1; rest < end; rest++) if (!isBlank(text.charCodeAt(rest))) return null;
  return text.slice(start + 1, close);
}

/** Space or tab: with CR, VT and FF excluded up front, the only apr_isspace characters inside a line. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}
