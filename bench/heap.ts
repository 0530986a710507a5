import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// `npm run bench` starts node without --expose-gc; this is the documented way to get gc() at runtime.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function settledHeap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Heap bytes still reachable from what `build` returns (heapUsed after full GCs, before vs after). */
export function retainedBytes<T>(build: () => T): { value: T; bytes: number } {
  const before = settledHeap();
  const value = build();
  const bytes = settledHeap() - before;
  return { value, bytes };
}

export function collectGarbage(): void {
  gc();
}
