import { discard, type JournaledApply } from './apply-journal.js';
import type { ApplyFailure } from './apply-result.js';
import { firstLine } from './apply-run.js';
import { commandEnv, DEFAULT_COMMAND_TIMEOUT_MS } from './command-template.js';
import { DEFAULT_MAP_BUILD, expandMapBuild, mapPairCount, storedPairCount } from './derived-maps.js';
import type { JournalEntry } from './journal.js';

/**
 * After staging, before the configtest (mod_rewrite opens a dbm map while parsing): builds each dbm map
 * from its staged (or live, unchanged) text with httxt2dbm into its staging name. A non-zero exit, or fewer
 * pairs stored than the text holds (httxt2dbm skips a line without a value silently), discards the apply.
 */
export async function buildMapsStep(apply: JournaledApply): Promise<ApplyFailure | null> {
  const builds = apply.entries.filter((e) => e.buildFrom !== undefined && e.staged !== null);
  if (builds.length === 0) return null;
  const started = Date.now();
  for (const entry of builds) {
    const problem = await buildOne(apply, entry);
    if (problem === null) continue;
    apply.steps.add({ name: 'stage', ms: Date.now() - started, ok: false, detail: problem.message });
    await discard(apply);
    return problem;
  }
  apply.steps.add({
    name: 'stage',
    ms: Date.now() - started,
    ok: true,
    detail: `${builds.length} dbm maps built`,
  });
  return null;
}

async function buildOne(apply: JournaledApply, entry: JournalEntry): Promise<ApplyFailure | null> {
  const { fs, runner } = apply.ports;
  const source = entry.buildFrom ?? '';
  const staged = entry.staged ?? '';
  const template = apply.input.mapBuild ?? DEFAULT_MAP_BUILD;
  const env = commandEnv(template);
  const outcome = await runner.run(expandMapBuild(template, source, staged), {
    timeoutMs: template.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
    // Debian installs httxt2dbm in /usr/sbin, which a service user's PATH often lacks.
    env: { ...env, PATH: `${env.PATH}:/usr/sbin:/usr/bin` },
  });
  const fail = (why: string): ApplyFailure => ({
    step: 'stage',
    message: `httxt2dbm could not build ${entry.target}: ${why}`,
    // The pairs it did store say nothing about the failure; 10k of them would only bury it.
    output: outcome.output
      .split('\n')
      .filter((l) => storedPairCount(l) === 0)
      .join('\n'),
    attribution: null,
  });
  // -v prints its settings first; the line that says what went wrong starts with "Error".
  const said = outcome.output.split('\n').find((l) => l.startsWith('Error')) ?? firstLine(outcome.output);
  if (!outcome.ok) return fail(said || `it exited with ${String(outcome.exitCode)}`);
  if ((await fs.inspect(staged))?.kind !== 'file') return fail('it wrote no file');
  const text = (await fs.read(source))?.toString('utf8') ?? '';
  const expected = mapPairCount(text);
  const stored = storedPairCount(outcome.output);
  if (stored !== expected) return fail(`it stored ${stored} of the ${expected} entries of ${source}`);
  await fs.settle(staged, 0o644);
  return null;
}
