import type { JournaledApply } from './apply-journal.js';
import type { ApplyFailure } from './apply-result.js';
import { runProbe } from './probe.js';

/** The caller's HTTP check that the server still answers with the new files in place. */
export async function probeStep(apply: JournaledApply): Promise<ApplyFailure | null> {
  const spec = apply.input.probe;
  if (spec === undefined) return null;
  const probe = await runProbe(spec, apply.ports.prober, apply.ports.clock);
  apply.steps.add({
    name: 'probe',
    ms: 0,
    ok: probe.ok,
    detail: `${probe.attempts} attempts, ${probe.last}`,
  });
  if (probe.ok) return null;
  return { step: 'probe', message: probe.last, output: '', attribution: null };
}
