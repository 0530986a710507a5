import { splitWords } from '../htaccess/getword-conf.js';

/** A directive name as written, with its lower case (Apache's names are case-insensitive). */
export type Spelling = readonly [name: string, nameKey: string];

/** Slots of the word tables: a 10k-vhost configuration has some 20 distinct words per vhost and a few dozen shared. */
const SLOTS = 4096;
const MASK = SLOTS - 1;

/**
 * The words of a configuration's lines as firstWord and splitWords read them, with one string per text while that text
 * keeps coming back: a 10k-vhost configuration splits 360k lines into a million words, most of them repeats
 * (`ExecCGI`, `wsgi-script`, a tenant's group names on four lines of its vhost). A word's slot is found from a few of its
 * characters and the last word of that slot stands in for it when the text is the same: the model's lists then share
 * one string instead of each keeping a copy, which the young-generation GC copies (22 -> 16 MB promoted per read).
 *
 * One per read (no table outlives the reading of one configuration).
 */
export class ConfigWords {
  private readonly words: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly names: (Spelling | undefined)[] = new Array<Spelling | undefined>(SLOTS).fill(undefined);
  /** Every spelling met, so each has one pair however the name slots are shared. */
  private readonly spellings = new Map<string, Spelling>();

  /** The spelling of `text`'s first word: the text up to its first space or tab (not apr_isspace: Apache's own). */
  name(text: string): Spelling {
    let end = 0;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c === 32 || c === 9) break;
    }
    const slot = slotOf(text, 0, end);
    // Sliced and compared whole, as words are (see word).
    const written = end === text.length ? text : text.slice(0, end);
    const cached = this.names[slot];
    if (cached !== undefined && cached[0] === written) return cached;
    let spelling = this.spellings.get(written);
    if (spelling === undefined) {
      spelling = [written, written.toLowerCase()];
      this.spellings.set(written, spelling);
    }
    this.names[slot] = spelling;
    return spelling;
  }

  /** splitWords(text, start): the words from `start` as ap_getword_conf reads them one after the other. */
  args(text: string, start: number): string[] {
    return splitWords(text, start, this.plainWord);
  }

  private readonly plainWord = (text: string, start: number, end: number): string =>
    this.word(text, start, end);

  /**
   * text[start, end): the string of its slot when that is the same text, else the new slice. The
   * slice is made either way and compared whole (startsWith at an offset of a sliced line cost three times as much):
   * a slice that dies at once costs the young-generation GC nothing, one that the model keeps is copied by it.
   */
  private word(text: string, start: number, end: number): string {
    const slot = slotOf(text, start, end);
    const word = text.slice(start, end);
    const cached = this.words[slot];
    if (cached === word) return cached;
    this.words[slot] = word;
    return word;
  }
}

/**
 * The slot of text[start, end): a hash of its length, its last character and its middle one, so a vhost's words
 * (`t0:1`…`t0:4`, `/home/t0/apps`) mostly part; a word that shares a slot only loses its sharing. A hash of every
 * character, or of four, cost more than the slices it saved.
 */
function slotOf(text: string, start: number, end: number): number {
  const length = end - start;
  const hash = Math.imul(
    length ^ (text.charCodeAt(end - 1) << 8) ^ (text.charCodeAt(start + (length >> 1)) << 16),
    0x9e3779b1,
  );
  return (hash ^ (hash >>> 15)) & MASK;
}
