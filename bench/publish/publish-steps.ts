/** One publish as the client saw it, split by the steps the stored log names. */
export interface PublishMeasure {
  label: string;
  /** POST to response, client side. */
  wallMs: number;
  kind: string;
  status: string;
  /** Step name → ms, from the publication's log (apply steps and the "timings" line). */
  steps: Record<string, number>;
}

/** Apache's own steps (configtest and reload); everything else is Hostplane's. */
export const APACHE_STEPS = ['configtest', 'reload'] as const;

/**
 * Reads "drift ok 12.3ms …" lines (libs/deploy's step log) and the "timings lock 1ms, load 800ms, …"
 * line (PublishTimer). The apply total is replaced by its parts where the deploy steps are known.
 */
export function parsePublishLog(log: string): Record<string, number> {
  const steps: Record<string, number> = {};
  for (const line of log.split('\n')) {
    if (line.startsWith('timings ')) {
      for (const part of line.slice('timings '.length).split(', ')) {
        const match = /^(.+) (\d+)ms$/.exec(part);
        if (match !== null) steps[match[1] as string] = Number(match[2]);
      }
      continue;
    }
    const match = /^(\w+) (?:ok|FAILED) ([\d.]+)ms/.exec(line);
    if (match !== null) steps[`apply:${match[1]}`] = (steps[`apply:${match[1]}`] ?? 0) + Number(match[2]);
  }
  return steps;
}

export function apacheMs(m: PublishMeasure): number {
  return APACHE_STEPS.reduce((sum, step) => sum + (m.steps[`apply:${step}`] ?? 0), 0);
}
