import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { applyRevision, detectDrift, DriftError, sha256Of, type DeployFile } from '#deploy';
import { leftovers, makeSandbox, type Sandbox } from './support/deploy-sandbox.js';
import { revisionA, revisionB } from './support/revisions.js';

describe('drift: files changed by hand since the last publish', () => {
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

  it('detectDrift lists edited and deleted files, and nothing when the disk matches', async () => {
    const a = revisionA(sandbox.configDir);
    await apply(a, []);
    expect(await detectDrift(a, sandbox.target)).toEqual([]);
    writeFileSync(sandbox.at('httpd/maps/a.map'), '/app/a.wsgi root:1\n');
    writeFileSync(sandbox.at('/home/bob/blog/.htaccess'), '');
    const drift = await detectDrift(a, sandbox.target);
    expect(drift.map((d) => [d.path, d.kind])).toEqual([
      ['httpd/maps/a.map', 'modified'],
      ['/home/bob/blog/.htaccess', 'modified'],
    ]);
    expect(drift[0]?.actualSha256).toBe(sha256Of('/app/a.wsgi root:1\n'));
  });

  it('an apply over a hand edit throws DriftError with the paths and changes nothing; force applies it', async () => {
    const a = revisionA(sandbox.configDir);
    const b = revisionB(sandbox.configDir);
    await apply(a, []);
    const edited = sandbox.at('/home/bob/public_html/.htaccess');
    writeFileSync(edited, 'SetEnv PROCESS_GROUP bob:9 # by hand\n');
    const error = await apply(b, a).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriftError);
    expect((error as DriftError).findings.map((f) => f.target)).toEqual([edited]);
    expect(readFileSync(sandbox.at('httpd/hostplane.conf'), 'utf8')).toBe(a[0]?.content);
    expect(readFileSync(edited, 'utf8')).toContain('by hand');
    expect(leftovers(sandbox.root)).toEqual([]);

    const forced = await apply(b, a, true);
    expect(forced.status).toBe('live');
    expect(forced.overriddenDrift.map((f) => f.target)).toEqual([edited]);
    expect(readFileSync(edited, 'utf8')).toBe('SetEnv PROCESS_GROUP bob:3\n');
  });

  it("a tenant's own .htaccess where the new revision wants to write one is drift too", async () => {
    const b = revisionB(sandbox.configDir);
    writeFileSync(sandbox.at('/home/joe/new/.htaccess'), 'Options -Indexes\n');
    const error = await apply(b, []).catch((e: unknown) => e);
    expect((error as DriftError).findings).toMatchObject([
      { path: '/home/joe/new/.htaccess', kind: 'unmanaged' },
    ]);
  });

  it('a file that already holds the new content is not drift (a retried apply can finish)', async () => {
    const a = revisionA(sandbox.configDir);
    const b = revisionB(sandbox.configDir);
    await apply(a, []);
    writeFileSync(sandbox.at('/home/bob/public_html/.htaccess'), 'SetEnv PROCESS_GROUP bob:3\n');
    expect((await apply(b, a)).status).toBe('live');
  });
});
