import type { TraceEntry } from './resolve-outcome.js';

/** Collects the trace; one entry per decision, worded for a person reading it in a panel. */
export class Trace {
  readonly entries: TraceEntry[] = [];

  add(step: string, source: string, detail: string): void {
    this.entries.push({ step, source, detail });
  }
}

/** How a process-group name reads in a trace: "" is spelled out, since it means embedded mode. */
export function groupLabel(name: string): string {
  return name === '' ? "'' (embedded mode, %{GLOBAL})" : name;
}
