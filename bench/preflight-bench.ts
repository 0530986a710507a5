import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem, preflightPythonHomes } from '#deploy';
import { renderValidated, validate } from './engine.js';
import { summarize, type Summary } from './stats.js';
import { PYTHON_VERSION, syntheticServer } from './synthetic-server.js';

export interface PreflightResult {
  ms: Summary;
  groups: number;
  notes: string[];
}

const INCLUDE = 'httpd/hostplane.conf';

/**
 * Issue 10's publish preflight at size: the synthetic server with one venv-backed group per tenant, its homes
 * under a temp root where every `<home>/venv/pyvenv.cfg` is a real file, then preflightPythonHomes over the
 * rendered include on the real disk (node:fs), as the local applier and the agent run it before the
 * configtest. Timed: parse the include's WSGIDaemonProcess lines + read every pyvenv.cfg (page cache warm:
 * the files were just written, as on a web server that serves those venvs).
 */
export async function benchPreflight(vhosts: number, iterations: number): Promise<PreflightResult> {
  const notes: string[] = [];
  const root = mkdtempSync(join(tmpdir(), 'hp-bench-venvs-'));
  try {
    const model = syntheticServer(vhosts, { pythonApps: true, homeRoot: `${root}/home` });
    for (const tenant of model.tenants) {
      const venv = `${tenant.homeDirectory}/venv`;
      mkdirSync(venv, { recursive: true });
      writeFileSync(
        `${venv}/pyvenv.cfg`,
        `home = /usr/bin\ninclude-system-site-packages = false\nversion = ${PYTHON_VERSION}.2\n`,
      );
    }
    const include = renderValidated(model, validate(model)).find((f) => f.path === INCLUDE)?.content ?? '';
    const fs = new NodeFileSystem();
    const samples: number[] = [];
    let groups = 0;
    for (let i = 0; i < iterations + 1; i++) {
      const start = performance.now();
      const refusals = await preflightPythonHomes(fs, include, PYTHON_VERSION);
      const ms = performance.now() - start;
      if (i > 0) samples.push(ms); // the first run is the warm-up
      if (refusals.length > 0 && i === 0) {
        notes.push(
          `${vhosts}: the preflight refused ${refusals.length} venvs (expected 0): ${refusals[0]?.problem}`,
        );
      }
      groups = (include.match(/ python-home=/g) ?? []).length;
    }
    return { ms: summarize(samples), groups, notes };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
