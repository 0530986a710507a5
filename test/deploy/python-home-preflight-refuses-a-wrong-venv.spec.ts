/**
 * Issue 10: before the configtest, the publish checks every python-home on the web server. Real virtualenvs
 * (`python3 -m venv`): the venv root of the server's Python X.Y goes live; venv/bin and a venv built for
 * another X.Y are refused before Apache sees them, attributed to the group with the fix in words.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { applyRevision, INCLUDE_FILE, type CommandTemplate } from '#deploy';
import { file, makeSandbox, type Sandbox } from './support/deploy-sandbox.js';

/** Stands in for apache2 -t: the preflight must answer before it, so it never matters what it says. */
const CONFIGTEST: CommandTemplate = { argv: ['/bin/true', '{include}'] };

describe('python-home preflight on real virtualenvs', () => {
  let sandbox: Sandbox;
  let venv = '';
  let version = '';
  let revision = 0;

  beforeAll(() => {
    sandbox = makeSandbox();
    venv = join(sandbox.root, 'home/bob/venv');
    execFileSync('python3', ['-m', 'venv', '--without-pip', venv]);
    version = execFileSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'])
      .toString()
      .trim();
  }, 60_000);
  afterAll(() => sandbox.cleanup());

  const publish = (pythonHome: string, pythonVersion: string) =>
    applyRevision({
      revision: String(++revision),
      files: [
        file(
          INCLUDE_FILE,
          // The comment makes every revision a change: an unchanged include is not re-checked.
          `# ${revision}\nWSGIDaemonProcess bob:2 user=bob group=bob python-home=${pythonHome} threads=2\n`,
        ),
      ],
      previousFiles: [],
      target: sandbox.target,
      journalDir: sandbox.journalDir,
      configtest: CONFIGTEST,
      pythonVersion,
      force: true,
    });

  it("the venv root built for the server's Python goes live", async () => {
    const result = await publish(venv, version);
    expect(result.failure).toBeNull();
    expect(result.status).toBe('live');
  });

  it('venv/bin is refused with the venv root as the fix', async () => {
    const result = await publish(`${venv}/bin`, version);
    expect(result.status).toBe('failed');
    expect(result.failure?.attribution?.daemonGroup).toBe('bob:2');
    expect(result.failure?.message).toContain(`set python-home=${venv}`);
    // Its own step, not the configtest's: Apache was never asked.
    expect(result.failure?.step).toBe('preflight');
    expect(result.steps.find((s) => s.name === 'preflight')?.detail).toContain(`set python-home=${venv}`);
    expect(result.steps.some((s) => s.name === 'configtest')).toBe(false);
  });

  it('a venv built for another Python X.Y is refused before Apache sees it', async () => {
    const [major, minor] = version.split('.');
    const other = `${major}.${Number(minor) + 1}`;
    const result = await publish(venv, other);
    expect(result.status).toBe('failed');
    expect(result.failure?.message).toBe(
      `Preflight refused python-home of daemon group bob:2: the virtualenv ${venv} was built for Python ${version}, ` +
        `but mod_wsgi embeds Python ${other}: recreate it with python${other} -m venv ${venv}`,
    );
    expect(result.failure?.attribution?.line?.text).toContain('WSGIDaemonProcess bob:2');
  });

  it('a missing directory is refused; a directory that is no Python is refused with the fix', async () => {
    expect((await publish(join(sandbox.root, 'home/bob/nothing'), version)).failure?.message).toContain(
      'does not exist on the web server',
    );
    expect((await publish(join(sandbox.root, 'home/bob'), version)).failure?.message).toContain(
      "point python-home at the virtualenv's root directory",
    );
  });
});
