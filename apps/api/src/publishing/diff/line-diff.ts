/** One line of an edit script: kept, removed from `a`, or added from `b`. */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

/**
 * Myers' O((N+M)·D) shortest edit script over lines. Config files are small and revisions differ in a few
 * lines, so D stays tiny; the trace of each round's frontier is kept to walk the path back.
 */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d += 1) {
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && at(frontier, offset + k - 1) < at(frontier, offset + k + 1));
      let x = down ? at(frontier, offset + k + 1) : at(frontier, offset + k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  return backtrack(a, b, trace, offset);
}

function backtrack(
  a: readonly string[],
  b: readonly string[],
  trace: Int32Array[],
  offset: number,
): DiffLine[] {
  const out: DiffLine[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const v = trace[d] ?? new Int32Array(0);
    const k = x - y;
    const down = k === -d || (k !== d && at(v, offset + k - 1) < at(v, offset + k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(v, offset + prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x -= 1;
      y -= 1;
      out.push({ op: ' ', text: a[x] ?? '' });
    }
    if (d > 0) {
      if (down) {
        y -= 1;
        out.push({ op: '+', text: b[y] ?? '' });
      } else {
        x -= 1;
        out.push({ op: '-', text: a[x] ?? '' });
      }
    }
  }
  return out.reverse();
}

function at(v: Int32Array, i: number): number {
  return v[i] ?? 0;
}
