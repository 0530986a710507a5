/**
 * The derived .dbm of a dbm process-group map (rules.md M3) with a real httxt2dbm, without Apache: a missing
 * .dbm is rebuilt when the disk is read in full, and an apply that dies in the swap is recovered to the
 * previous .dbm, byte for byte, with no scratch left; a failed swap rolls it back in place.
 */
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { applyRevision, INCLUDE_FILE, recover, type ApplyInput, type DeployFile } from '#deploy';
import { file, leftovers, makeSandbox, type Sandbox } from './support/deploy-sandbox.js';

const SOURCE = 'httpd/maps/www.site.com.txt';
const DBM = 'httpd/maps/www.site.com.dbm';

function revision(sandbox: Sandbox, group: string): DeployFile[] {
  return [
    file(INCLUDE_FILE, `RewriteMap hostplane_pgmap dbm=db:${sandbox.at(DBM)}\n`),
    file(SOURCE, `# Generated\n/app/a.wsgi ${group}\n/app/b.wsgi bob:2\n`),
  ];
}

describe('a dbm map on disk', () => {
  let sandbox: Sandbox;
  let n = 0;
  const input = (files: DeployFile[], previousFiles: DeployFile[], extra: Partial<ApplyInput> = {}) => ({
    revision: String(++n),
    files,
    previousFiles: previousFiles.map((f) => ({ path: f.path, sha256: f.sha256 })),
    target: sandbox.target,
    journalDir: sandbox.journalDir,
    configtest: { argv: ['/bin/true', '{include}'] },
    ...extra,
  });
  beforeEach(() => {
    sandbox = makeSandbox();
  });
  afterEach(() => sandbox.cleanup());

  it('is built with its source, and rebuilt when it goes missing from a disk read in full', async () => {
    const first = revision(sandbox, 'bob:1');
    const built = await applyRevision(input(first, []));
    expect([built.status, built.changedPaths.sort()]).toEqual(['live', [INCLUDE_FILE, DBM, SOURCE].sort()]);
    rmSync(sandbox.at(DBM));
    const again = await applyRevision(input(first, first, { force: true }));
    expect([again.status, again.changedPaths]).toEqual(['live', [DBM]]);
    expect(existsSync(sandbox.at(DBM))).toBe(true);
    expect(leftovers(sandbox.root)).toEqual([]);
  });

  it('a swap that fails after the new .dbm is in place is rolled back to the previous one', async () => {
    const first = revision(sandbox, 'bob:1');
    await applyRevision(input(first, []));
    const before = readFileSync(sandbox.at(DBM));
    const result = await applyRevision(
      input(revision(sandbox, 'bob:3'), first, {
        faultInjection: (p) => {
          // The new .txt and the new .dbm are both in place when it fails.
          if (p.at === 'swapped' && p.index === 2) throw new Error('disk full');
        },
      }),
    );
    expect(result.status).toBe('rolled_back');
    expect(result.rollback?.restoredPaths).toContain(DBM);
    expect(readFileSync(sandbox.at(DBM))).toEqual(before);
    expect(leftovers(sandbox.root)).toEqual([]);
  });

  it('an apply that dies with the .dbm built but not swapped is recovered without a trace', async () => {
    const first = revision(sandbox, 'bob:1');
    await applyRevision(input(first, []));
    const before = readFileSync(sandbox.at(DBM));
    await expect(
      applyRevision(
        input(revision(sandbox, 'bob:3'), first, {
          faultInjection: (p) => {
            if (p.at === 'journaled-swapping') throw new Error('power cut');
          },
        }),
      ),
    ).rejects.toThrow('power cut');
    expect(leftovers(sandbox.root).some((p) => p.includes('www.site.com.dbm.hp-'))).toBe(true);
    const outcome = await recover(sandbox.journalDir, sandbox.target);
    expect(outcome.action).toBe('rolled_back');
    expect(readFileSync(sandbox.at(DBM))).toEqual(before);
    expect(readFileSync(sandbox.at(SOURCE), 'utf8')).toContain('bob:1');
    expect(leftovers(sandbox.root)).toEqual([]);
  });
});
