import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyRevision, recover, type ApplyInput, type DeployFile, type FaultPoint } from '#deploy';
import {
  diskDigests,
  expectedDigests,
  leftovers,
  makeSandbox,
  type Sandbox,
} from './support/deploy-sandbox.js';
import { revisionA, revisionB } from './support/revisions.js';
import { transpileDeployLibrary } from './support/transpile-library.js';

const CHILD = join(process.cwd(), 'test/deploy/fixtures/apply-and-die.child.mjs');

/** B over A stages 5 files and swaps 7 entries (5 writes, 2 deletes): every durable point of the apply. */
const KILL_POINTS: { at: FaultPoint['at']; index?: number }[] = [
  { at: 'journaled-staging' },
  ...[1, 2, 3, 4, 5].map((index) => ({ at: 'staged' as const, index })),
  { at: 'configtested' },
  { at: 'journaled-swapping' },
  ...[1, 2, 3, 4, 5, 6, 7].map((index) => ({ at: 'swapped' as const, index })),
  { at: 'before-reload' },
  { at: 'reloaded' },
  { at: 'committing' },
];
const ROUNDS = 3;

/**
 * 54 child processes (node start + library load + apply each): ~16 s alone on 2 cores. The bound only
 * catches a hang, it is not a speed requirement; jest.config.mjs runs this file alone, in the serial project.
 */
jest.setTimeout(300_000);

function runChild(
  library: string,
  jobFile: string,
): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, library, jobFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, output }));
  });
}

describe('a publisher SIGKILLed at any point recovers to exactly one revision', () => {
  let libDir: string;
  let library: string;
  beforeAll(() => {
    libDir = mkdtempSync(join(tmpdir(), 'hp-deploy-lib-'));
    library = transpileDeployLibrary(libDir);
  });
  afterAll(() => rmSync(libDir, { recursive: true, force: true }));

  async function crashOnce(point: { at: FaultPoint['at']; index?: number }, round: number): Promise<string> {
    const sandbox: Sandbox = makeSandbox();
    try {
      const a = revisionA(sandbox.configDir);
      const b = revisionB(sandbox.configDir);
      const all = [...a, ...b].map((f) => f.path);
      const common = { target: sandbox.target, journalDir: sandbox.journalDir };
      await applyRevision({ revision: 'A', files: a, previousFiles: [], ...common });
      const input: Omit<ApplyInput, 'faultInjection'> = {
        revision: `B${round}`,
        files: b,
        previousFiles: a,
        ...common,
        configtest: { argv: ['/bin/true', '{include}'] },
        reload: { argv: ['/bin/true'] },
      };
      const jobFile = join(sandbox.root, 'job.json');
      writeFileSync(jobFile, JSON.stringify({ input, killAt: point.at, killIndex: point.index }));
      const child = await runChild(library, jobFile);
      expect({ point, signal: child.signal, output: child.output }).toEqual({
        point,
        signal: 'SIGKILL',
        output: '',
      });

      const recovered = await recover(sandbox.journalDir, sandbox.target);
      const expected: DeployFile[] = point.at === 'committing' ? b : a;
      expect(recovered.action).toBe(point.at === 'committing' ? 'rolled_forward' : 'rolled_back');
      expect(recovered.reloadNeeded).toBe(point.at === 'before-reload' || point.at === 'reloaded');
      expect({ point, disk: diskDigests(sandbox, all) }).toEqual({
        point,
        disk: expectedDigests(expected, all),
      });
      expect({ point, leftovers: leftovers(sandbox.root) }).toEqual({ point, leftovers: [] });

      const again = await applyRevision({ revision: 'B', files: b, previousFiles: expected, ...common });
      expect(again.status).toBe('live');
      expect(diskDigests(sandbox, all)).toEqual(expectedDigests(b, all));
      expect(leftovers(sandbox.root)).toEqual([]);
      return recovered.action;
    } finally {
      sandbox.cleanup();
    }
  }

  it(`${KILL_POINTS.length} kill points × ${ROUNDS} rounds`, async () => {
    const jobs = Array.from({ length: ROUNDS }, (_, round) => KILL_POINTS.map((p) => ({ p, round }))).flat();
    const actions: string[] = [];
    const workers = Array.from({ length: 4 }, async () => {
      for (let job = jobs.shift(); job !== undefined; job = jobs.shift())
        actions.push(await crashOnce(job.p, job.round));
    });
    await Promise.all(workers);
    expect(actions).toHaveLength(KILL_POINTS.length * ROUNDS);
    expect(actions.filter((a) => a === 'rolled_forward')).toHaveLength(ROUNDS);
  });
});
