import { discard, type JournaledApply } from './apply-journal.js';
import type { ApplyFailure } from './apply-result.js';
import { firstLine, runCommand } from './apply-run.js';
import { attributeConfigError } from './attribute-config-error.js';
import { configtestText } from './configtest-copy.js';
import { configDirPath, fileKind } from './target-path.js';

/**
 * Apache checks a copy of the new include file (pointing at the staged maps) before anything is swapped.
 * Runs only when the include or a file it reads changes. A refusal discards the apply.
 */
export async function configtestStep(apply: JournaledApply): Promise<ApplyFailure | null> {
  const { input, entries, checkCopy, includeFile } = apply;
  if (checkCopy === null || input.configtest === undefined || includeFile === undefined) return null;
  const stagedMaps = new Map(
    entries
      .filter((e) => e.staged !== null && fileKind(e.path) === 'map')
      .map((e) => [e.path, e.staged ?? '']),
  );
  const text = configtestText(includeFile.content, configDirPath(input.target), stagedMaps);
  await apply.ports.fs.writeDurable(checkCopy, text, 0o644);
  const outcome = await runCommand(apply, input.configtest, checkCopy);
  apply.steps.add({
    name: 'configtest',
    ms: outcome.ms,
    ok: outcome.ok,
    detail: outcome.ok ? undefined : firstLine(outcome.output),
  });
  if (!outcome.ok) {
    await discard(apply);
    const attribution = attributeConfigError(outcome.output, checkCopy, text);
    const file =
      attribution?.file === checkCopy ? { ...attribution, file: apply.includeTarget } : attribution;
    return {
      step: 'configtest',
      message: 'Apache refused the configuration',
      output: outcome.output,
      attribution: file,
    };
  }
  apply.fault({ at: 'configtested' });
  return null;
}
