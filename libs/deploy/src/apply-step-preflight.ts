import { discard, type JournaledApply } from './apply-journal.js';
import type { ApplyFailure } from './apply-result.js';
import { preflightPythonHomes } from './python-home-preflight.js';

/**
 * Before the configtest, on the web server (local applier and agent alike): every python-home of the new
 * include must be a virtualenv root or a Python installation of the server's X.Y (issue 10). Apache's -t
 * cannot see this; mod_wsgi reports it only per request. A refusal is its own step, `preflight` (Apache never
 * saw the files; nothing staged goes live), attributed to the daemon group with the fix in words.
 */
export async function preflightStep(apply: JournaledApply): Promise<ApplyFailure | null> {
  const { input, includeFile, checkCopy } = apply;
  if (checkCopy === null || includeFile === undefined) return null;
  const started = Date.now();
  const refusals = await preflightPythonHomes(apply.ports.fs, includeFile.content, input.pythonVersion);
  const first = refusals[0];
  if (first === undefined) return null;
  apply.steps.add({
    name: 'preflight',
    ms: Date.now() - started,
    ok: false,
    detail: first.problem,
  });
  await discard(apply);
  const output = refusals
    .map((r) => `WSGIDaemonProcess ${r.group} python-home=${r.pythonHome}: ${r.problem}`)
    .join('\n');
  return {
    step: 'preflight',
    message: `Preflight refused python-home of daemon group ${first.group}: ${first.problem}`,
    output,
    attribution: {
      message: first.problem,
      line: { line: first.line, text: first.text },
      enclosing: [],
      serverName: null,
      daemonGroup: first.group,
      file: apply.includeTarget,
    },
  };
}
