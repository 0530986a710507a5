import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDigest } from '#apache';
import {
  applyRevision,
  detectDrift,
  DISK_RECORD_FILE,
  DriftError,
  manifestDigest,
  type DeployFile,
} from '#deploy';
import { file, makeSandbox, type Sandbox } from './support/deploy-sandbox.js';
import { revisionA, revisionB, revisionBHtaccessOnly } from './support/revisions.js';

const JOE = '/home/joe/public_html/.htaccess';
const BOB = '/home/bob/public_html/.htaccess';

describe('an apply over a disk that is on record reads only the files that change', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = makeSandbox();
  });
  afterEach(() => sandbox.cleanup());

  const apply = (files: DeployFile[], previousFiles: DeployFile[], force = false) =>
    applyRevision({
      revision: 'r',
      files,
      previousFiles,
      target: sandbox.target,
      journalDir: sandbox.journalDir,
      force,
    });
  const driftDetail = (result: Awaited<ReturnType<typeof apply>>) =>
    result.steps.find((s) => s.name === 'drift')?.detail;

  it('reads one file for a one-file change; a hand edit elsewhere survives and stays visible as drift', async () => {
    const b = revisionB(sandbox.configDir);
    expect(driftDetail(await apply(b, []))).toBe('6 files read (disk not on record)');
    writeFileSync(sandbox.at(BOB), 'SetEnv PROCESS_GROUP bob:9 # by hand\n');
    const next = revisionBHtaccessOnly(sandbox.configDir);
    const result = await apply(next, b);
    expect(result.status).toBe('live');
    expect(driftDetail(result)).toBe('1 changed files read');
    expect(result.changedPaths).toEqual([JOE]);
    expect(readFileSync(sandbox.at(BOB), 'utf8')).toContain('by hand');
    expect((await detectDrift(next, sandbox.target)).map((d) => d.path)).toEqual([BOB]);
  });

  it('a hand edit on a file that changes is still refused', async () => {
    const b = revisionB(sandbox.configDir);
    await apply(b, []);
    writeFileSync(sandbox.at(JOE), 'SetEnv PROCESS_GROUP joe:9 # by hand\n');
    const error = await apply(revisionBHtaccessOnly(sandbox.configDir), b).catch((e: unknown) => e);
    expect((error as DriftError).findings.map((f) => f.path)).toEqual([JOE]);
  });

  it('a disk holding another revision than the caller believes (an apply whose database commit was lost) is read in full and refused', async () => {
    const a = revisionA(sandbox.configDir);
    const b = revisionB(sandbox.configDir);
    await apply(a, []);
    await apply(b, a); // on disk and on record, but the caller still thinks A is live
    const aPrime = a.map((f) => (f.path === JOE ? file(JOE, 'SetEnv PROCESS_GROUP joe:7\n') : f));
    const error = await apply(aPrime, a).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriftError);
    expect((error as DriftError).findings.map((f) => f.path)).toContain('httpd/hostplane.conf');
  });

  it('without a record (lost, or forgotten by a crash) everything is read again; force restores hand edits anywhere', async () => {
    const b = revisionB(sandbox.configDir);
    await apply(b, []);
    writeFileSync(sandbox.at(BOB), 'by hand\n');
    rmSync(join(sandbox.journalDir, DISK_RECORD_FILE));
    const next = revisionBHtaccessOnly(sandbox.configDir);
    const refused = await apply(next, b).catch((e: unknown) => e);
    expect((refused as DriftError).findings.map((f) => f.path)).toEqual([BOB]);
    const forced = await apply(next, b, true);
    expect(driftDetail(forced)).toBe('6 files read (disk not on record)');
    expect(forced.changedPaths.sort()).toEqual([BOB, JOE]);
    expect(readFileSync(sandbox.at(BOB), 'utf8')).toBe('SetEnv PROCESS_GROUP bob:3\n');
  });

  it("the record's digest is the renderer's revision digest, so a publisher can pass it instead of hashing again", () => {
    const b = revisionB(sandbox.configDir);
    expect(manifestDigest(b)).toBe(renderDigest(b));
    expect(manifestDigest([...b].reverse())).toBe(renderDigest(b));
  });

  it('a wrong digest from the caller costs a full read, never a skipped check', async () => {
    const b = revisionB(sandbox.configDir);
    await apply(b, []);
    writeFileSync(sandbox.at(BOB), 'by hand\n');
    const next = revisionBHtaccessOnly(sandbox.configDir);
    const error = await applyRevision({
      revision: 'r',
      files: next,
      previousFiles: b,
      target: sandbox.target,
      journalDir: sandbox.journalDir,
      digests: { previousFiles: 'not-what-is-on-record' },
    }).catch((e: unknown) => e);
    expect((error as DriftError).findings.map((f) => f.path)).toEqual([BOB]);
  });
});
