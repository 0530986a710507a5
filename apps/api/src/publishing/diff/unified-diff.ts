import { diffLines, type DiffLine } from './line-diff.js';

const CONTEXT = 3;

/** Splits into lines the way diff(1) sees them; a missing final newline is kept visible. */
function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  else lines[lines.length - 1] = `${lines.at(-1) ?? ''}\n\\ No newline at end of file`;
  return lines;
}

/**
 * `diff -u` output between two versions of one file ('' when equal). `null` content means the file does
 * not exist on that side (/dev/null in the header, like git).
 */
export function unifiedDiff(path: string, before: string | null, after: string | null): string {
  const script = diffLines(linesOf(before ?? ''), linesOf(after ?? ''));
  if (script.every((l) => l.op === ' ')) return '';
  const header = [
    `--- ${before === null ? '/dev/null' : `a${slash(path)}`}`,
    `+++ ${after === null ? '/dev/null' : `b${slash(path)}`}`,
  ];
  return [...header, ...hunks(script)].join('\n') + '\n';
}

function slash(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

function hunks(script: readonly DiffLine[]): string[] {
  const changed = script.flatMap((l, i) => (l.op === ' ' ? [] : [i]));
  const out: string[] = [];
  let i = 0;
  while (i < changed.length) {
    const start = Math.max(0, (changed[i] ?? 0) - CONTEXT);
    let end = Math.min(script.length, (changed[i] ?? 0) + CONTEXT + 1);
    while (i + 1 < changed.length && (changed[i + 1] ?? 0) - CONTEXT <= end) {
      i += 1;
      end = Math.min(script.length, (changed[i] ?? 0) + CONTEXT + 1);
    }
    i += 1;
    out.push(...hunk(script, start, end));
  }
  return out;
}

function hunk(script: readonly DiffLine[], start: number, end: number): string[] {
  let oldLine = 1;
  let newLine = 1;
  for (const l of script.slice(0, start)) {
    if (l.op !== '+') oldLine += 1;
    if (l.op !== '-') newLine += 1;
  }
  const body = script.slice(start, end);
  const oldCount = body.filter((l) => l.op !== '+').length;
  const newCount = body.filter((l) => l.op !== '-').length;
  const range = (line: number, count: number) => `${count === 0 ? line - 1 : line},${count}`;
  return [
    `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`,
    ...body.map((l) => `${l.op}${l.text}`),
  ];
}
