/**
 * Wall-clock split of one publish by step (lock, load, validate+render, store, apply, finish), appended to
 * the publication's stored log as one "timings" line: the apply steps are already there (libs/deploy's
 * step log), this adds what happens before and around them, so `npm run bench:publish` and an operator
 * can see where the time from POST to live goes without a profiler.
 */
export class PublishTimer {
  private readonly steps: string[] = [];
  private last = performance.now();

  /** Closes the step that ran since the previous mark (or since construction). */
  mark(step: string): void {
    const now = performance.now();
    this.steps.push(`${step} ${Math.round(now - this.last)}ms`);
    this.last = now;
  }

  line(): string {
    return `timings ${this.steps.join(', ')}`;
  }
}
