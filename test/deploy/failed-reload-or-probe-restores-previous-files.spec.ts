import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyRevision, type DeployFile, type ProbeSpec } from '#deploy';
import { countingReload } from './support/commands.js';
import {
  diskDigests,
  expectedDigests,
  leftovers,
  makeSandbox,
  type Sandbox,
} from './support/deploy-sandbox.js';
import { revisionA, revisionB, revisionBHtaccessOnly } from './support/revisions.js';

describe('a revision that fails after the swap is rolled back', () => {
  let sandbox: Sandbox;
  let server: Server;
  let status = 200;
  beforeEach(async () => {
    sandbox = makeSandbox();
    server = createServer((_, res) => res.writeHead(status).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterEach(async () => {
    sandbox.cleanup();
    await new Promise((resolve) => server.close(resolve));
  });

  const probe = (): ProbeSpec => ({
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    expectStatus: 200,
    timeoutMs: 300,
    intervalMs: 50,
  });

  async function setUp() {
    const reload = countingReload(sandbox);
    const a = revisionA(sandbox.configDir);
    await applyRevision({
      revision: 'A',
      files: a,
      previousFiles: [],
      target: sandbox.target,
      journalDir: sandbox.journalDir,
    });
    return { reload, a, b: revisionB(sandbox.configDir) };
  }

  const apply = (
    files: DeployFile[],
    previousFiles: DeployFile[],
    reload: ReturnType<typeof countingReload>,
  ) =>
    applyRevision({
      revision: 'B',
      files,
      previousFiles,
      target: sandbox.target,
      journalDir: sandbox.journalDir,
      reload: reload.template,
      probe: probe(),
    });

  it('reload failure: the previous files are back, Apache is reloaded again, both outcomes reported', async () => {
    const { reload, a, b } = await setUp();
    writeFileSync(`${sandbox.root}/reloads.fail`, '1'); // the first reload fails, the next works
    const result = await apply(b, a, reload);
    expect(result.status).toBe('rolled_back');
    expect(result.failure).toMatchObject({ step: 'reload', message: 'reload exited with 1' });
    expect(result.failure?.output).toContain('AH00000: reload broken');
    expect(result.rollback?.ok).toBe(true);
    expect(result.rollback?.reload?.ok).toBe(true);
    expect(reload.count()).toBe(2);
    const all = [...a, ...b].map((f) => f.path);
    expect(diskDigests(sandbox, all)).toEqual(expectedDigests(a, all));
    expect(leftovers(sandbox.root)).toEqual([]);
  });

  it('probe failure: previous files restored and reloaded, and a later good apply goes live', async () => {
    const { reload, a, b } = await setUp();
    status = 503;
    writeFileSync(`${sandbox.root}/reloads.fail`, '0');
    const result = await apply(b, a, reload);
    expect(result.status).toBe('rolled_back');
    expect(result.failure?.step).toBe('probe');
    expect(result.failure?.message).toContain('HTTP 503 (expected HTTP 200)');
    expect(result.rollback?.reload?.ok).toBe(true);
    expect(reload.count()).toBe(2);
    const all = [...a, ...b].map((f) => f.path);
    expect(diskDigests(sandbox, all)).toEqual(expectedDigests(a, all));

    status = 200;
    expect((await apply(b, a, reload)).status).toBe('live');
    expect(diskDigests(sandbox, all)).toEqual(expectedDigests(b, all));
  });

  it('when the rollback reload fails as well, the files are still restored and the report says so', async () => {
    const { reload, a, b } = await setUp();
    writeFileSync(`${sandbox.root}/reloads.fail`, '2');
    const result = await apply(b, a, reload);
    expect(result.status).toBe('rolled_back');
    expect(result.failure?.step).toBe('reload');
    expect(result.rollback?.ok).toBe(false);
    expect(result.rollback?.reload?.output).toContain('reload broken');
    const all = [...a, ...b].map((f) => f.path);
    expect(diskDigests(sandbox, all)).toEqual(expectedDigests(a, all));
  });

  it('probe failure after an .htaccess-only change restores the .htaccess without any reload', async () => {
    const { reload, b } = await setUp();
    const live = await applyRevision({
      revision: 'B',
      files: b,
      previousFiles: revisionA(sandbox.configDir),
      target: sandbox.target,
      journalDir: sandbox.journalDir,
    });
    expect(live.status).toBe('live');
    status = 500;
    const result = await apply(revisionBHtaccessOnly(sandbox.configDir), b, reload);
    expect(result).toMatchObject({
      status: 'rolled_back',
      reloaded: false,
      rollback: { reload: null, ok: true },
    });
    expect(reload.count()).toBe(0);
    const paths = b.map((f) => f.path);
    expect(diskDigests(sandbox, paths)).toEqual(expectedDigests(b, paths));
  });
});
