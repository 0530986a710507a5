import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { diffFileSets } from '#api/publishing/diff/file-set-diff.js';
import { diffLines } from '#api/publishing/diff/line-diff.js';
import { unifiedDiff } from '#api/publishing/diff/unified-diff.js';

function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diag = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const up = row[j] ?? 0;
      row[j] = x === b[j - 1] ? diag + 1 : Math.max(up, row[j - 1] ?? 0);
      diag = up;
    }
  }
  return row[b.length] ?? 0;
}

const lines = fc.array(fc.constantFrom('a', 'b', 'c', '<Files x>', '</Files>', ''), { maxLength: 40 });

describe('the line diff behind publication diffs', () => {
  it('rebuilds both sides and changes no more lines than the LCS requires', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const script = diffLines(a, b);
        expect(script.filter((l) => l.op !== '+').map((l) => l.text)).toEqual(a);
        expect(script.filter((l) => l.op !== '-').map((l) => l.text)).toEqual(b);
        expect(script.filter((l) => l.op !== ' ').length).toBe(a.length + b.length - 2 * lcsLength(a, b));
      }),
    );
  });

  it('writes diff -u hunks with 3 lines of context and correct ranges', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].join('\n') + '\n';
    const after = before.replace('5\n', 'five\n');
    expect(unifiedDiff('httpd/hostplane.conf', before, after)).toBe(
      [
        '--- a/httpd/hostplane.conf',
        '+++ b/httpd/hostplane.conf',
        '@@ -2,7 +2,7 @@',
        ' 2',
        ' 3',
        ' 4',
        '-5',
        '+five',
        ' 6',
        ' 7',
        ' 8',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('x', 'same\n', 'same\n')).toBe('');
  });

  it('marks added and removed files against /dev/null and skips identical ones', () => {
    const f = (path: string, content: string) => ({ path, content, sha256: content });
    const diffs = diffFileSets(
      [f('/a/.htaccess', 'x\n'), f('keep', 'k\n')],
      [f('keep', 'k\n'), f('new', 'n\n')],
    );
    expect(diffs).toEqual([
      {
        path: '/a/.htaccess',
        change: 'removed',
        diff: '--- a/a/.htaccess\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-x\n',
      },
      { path: 'new', change: 'added', diff: '--- /dev/null\n+++ b/new\n@@ -0,0 +1,1 @@\n+n\n' },
    ]);
  });
});
