import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { applyRevision, type DeployFile } from '#deploy';
import { countingReload } from './support/commands.js';
import {
  diskDigests,
  expectedDigests,
  inodeAndMtime,
  leftovers,
  makeSandbox,
  type Sandbox,
} from './support/deploy-sandbox.js';
import { revisionA, revisionB, revisionBHtaccessOnly, revisionBMapOnly } from './support/revisions.js';

describe('applyRevision writes a revision and only what changed', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = makeSandbox();
  });
  afterEach(() => sandbox.cleanup());

  const apply = (files: DeployFile[], previousFiles: DeployFile[], reload = countingReload(sandbox)) =>
    applyRevision({
      revision: 'r',
      files,
      previousFiles,
      target: sandbox.target,
      journalDir: sandbox.journalDir,
      reload: reload.template,
    });

  it('first publish writes every file, reloads once and leaves no scratch behind', async () => {
    const reload = countingReload(sandbox);
    const a = revisionA(sandbox.configDir);
    const result = await apply(a, [], reload);
    expect(result.status).toBe('live');
    expect(result.reloaded).toBe(true);
    expect(reload.count()).toBe(1);
    expect(result.changedPaths.sort()).toEqual(a.map((f) => f.path).sort());
    expect(
      diskDigests(
        sandbox,
        a.map((f) => f.path),
      ),
    ).toEqual(
      expectedDigests(
        a,
        a.map((f) => f.path),
      ),
    );
    expect(readFileSync(sandbox.at('httpd/maps/a.map'), 'utf8')).toBe('/app/a.wsgi bob:1\n');
    expect(readFileSync(`${sandbox.root}/home/bob/blog/.htaccess`, 'utf8')).toBe(
      'SetEnv PROCESS_GROUP bob:2\n',
    );
    expect(leftovers(sandbox.root)).toEqual([]);
    expect(result.steps.map((s) => s.name)).toEqual([
      'recover',
      'drift',
      'classify',
      'stage',
      'backup',
      'swap',
      'reload',
      'commit',
    ]);
  });

  it('B over A: changed files replaced, unchanged ones untouched (same inode and mtime), vanished ones deleted', async () => {
    const a = revisionA(sandbox.configDir);
    const b = revisionB(sandbox.configDir);
    await apply(a, []);
    const joe = sandbox.at('/home/joe/public_html/.htaccess');
    const before = inodeAndMtime(joe);
    const result = await apply(b, a);
    expect(result.status).toBe('live');
    expect(result.reloaded).toBe(true);
    expect(result.changedPaths.sort()).toEqual([
      '/home/bob/public_html/.htaccess',
      '/home/joe/new/.htaccess',
      'httpd/hostplane.conf',
      'httpd/maps/b.map',
      'httpd/maps/shared.map',
    ]);
    expect(result.deletedPaths.sort()).toEqual(['/home/bob/blog/.htaccess', 'httpd/maps/a.map']);
    expect(inodeAndMtime(joe)).toBe(before);
    const all = [...a, ...b].map((f) => f.path);
    expect(diskDigests(sandbox, all)).toEqual(expectedDigests(b, all));
    expect(leftovers(sandbox.root)).toEqual([]);
  });

  it('an .htaccess-only change is written without a reload', async () => {
    const reload = countingReload(sandbox);
    const b = revisionB(sandbox.configDir);
    await apply(b, [], reload);
    const result = await apply(revisionBHtaccessOnly(sandbox.configDir), b, reload);
    expect(result.status).toBe('live');
    expect(result.reloadNeeded).toBe(false);
    expect(result.reloaded).toBe(false);
    expect(result.changedPaths).toEqual(['/home/joe/public_html/.htaccess']);
    expect(reload.count()).toBe(1);
    expect(readFileSync(sandbox.at('/home/joe/public_html/.htaccess'), 'utf8')).toBe(
      'SetEnv PROCESS_GROUP joe:3\n',
    );
  });

  it('a change to an existing RewriteMap file is written without a reload (mod_rewrite re-reads it by mtime)', async () => {
    const reload = countingReload(sandbox);
    const b = revisionB(sandbox.configDir);
    await apply(b, [], reload);
    const result = await apply(revisionBMapOnly(sandbox.configDir), b, reload);
    expect(result).toMatchObject({ status: 'live', reloadNeeded: false, reloaded: false });
    expect(result.changedPaths).toEqual(['httpd/maps/shared.map']);
    expect(reload.count()).toBe(1);
  });

  it('re-applying the live revision writes nothing and does not reload', async () => {
    const reload = countingReload(sandbox);
    const b = revisionB(sandbox.configDir);
    await apply(b, [], reload);
    const stamps = b.map((f) => inodeAndMtime(sandbox.at(f.path)));
    const result = await apply(b, b, reload);
    expect(result).toMatchObject({ status: 'live', reloaded: false, changedPaths: [], deletedPaths: [] });
    expect(b.map((f) => inodeAndMtime(sandbox.at(f.path)))).toEqual(stamps);
    expect(reload.count()).toBe(1);
  });
});
