import { describe, expect, it } from '@jest/globals';
import { ConfigWriter } from './config-writer.js';
import { UnsafeValueError, type SafeToken } from './safe-token.js';

/** A token that is individually fine but makes its line longer than Apache reads when repeated. */
const LONG = 'x'.repeat(3000) as SafeToken;
const tok = (text: string) => text as SafeToken;

/** Writes `count` vhost-like blocks (5 lines each) and puts over-long lines in the blocks at `badAt`. */
function writeBlocks(count: number, badAt: readonly number[]): ConfigWriter {
  const out = new ConfigWriter(['header']);
  for (let i = 0; i < count; i++) {
    out.blank();
    out.block('VirtualHost', [tok('*:80')], () => {
      out.directive('ServerName', tok(`site${i}.example.com`));
      out.blank();
      if (badAt.includes(i)) out.directive('ServerAlias', LONG, LONG, LONG);
      else out.directive('ServerAlias', tok(`www.site${i}.example.com`));
    });
  }
  return out;
}

function refusedLine(out: ConfigWriter): string {
  try {
    out.toString();
  } catch (error) {
    expect(error).toBeInstanceOf(UnsafeValueError);
    return (error as UnsafeValueError).where;
  }
  throw new Error('the writer did not refuse the over-long line');
}

describe('a long config (written in chunks) reports its first bad line with its number in the whole file', () => {
  // Header, blank, then per block: blank (but not before the first), open, ServerName, blank, alias, close.
  const aliasLine = (block: number) => 6 * (block + 1);

  it.each([
    ['in the first chunk', [3]],
    ['in a later chunk', [900]],
    ['the earliest of several, across chunks', [700, 10, 1500]],
    ['in the last, unchunked lines', [1999]],
  ])('%s', (_name, badAt) => {
    const first = Math.min(...badAt);
    expect(refusedLine(writeBlocks(2000, badAt))).toBe(`rendered line ${aliasLine(first)}`);
  });

  it('gives the same text as the lines joined by LF, with one final newline', () => {
    const text = writeBlocks(2000, []).toString();
    const lines = text.split('\n');
    expect(lines).toHaveLength(2 + 2000 * 6 - 1 + 1);
    expect(lines.at(-1)).toBe('');
    expect(lines[aliasLine(1234) - 1]).toBe('    ServerAlias www.site1234.example.com');
    expect(text).not.toContain('\n\n\n');
    expect(text.endsWith('</VirtualHost>\n')).toBe(true);
  });
});
