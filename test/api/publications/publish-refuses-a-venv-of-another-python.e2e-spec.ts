/**
 * Issue 10, "done means" for virtualenvs: a daemon group's python-home is a real virtualenv (`python3 -m venv`).
 * While the server says mod_wsgi embeds another Python X.Y, the publish's preflight refuses it before Apache
 * sees it, naming the group and the fix; once the server's pythonVersion is right, the same revision goes live
 * and a real Apache + mod_wsgi runs the group's code inside that virtualenv (sys.prefix).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { ServerModel } from '#apache';
import { seedRestrictProcess } from '../../../libs/apache/test-fixtures/seed-restrict-process.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import { adaptSeed } from '../../oracle/seeds/adapt-seed.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { eventually } from '#test-support/eventually.js';

const SERVER = 'srv-venv';
const HOST = 'www.site.com';
const PREFIX_APP = `import sys
def application(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [sys.prefix.encode()]
`;

describeWithApache('publishing a daemon group whose python-home is a real virtualenv', () => {
  let apache: ApacheInstance;
  let t: TestApp;
  let admin: string;
  let model: ServerModel;
  let venv = '';
  let version = '';
  const publish = () =>
    t.http().post(`/api/v1/servers/${SERVER}/publications`).set('Authorization', admin).send({});

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create();
    venv = `${apache.root}/home/bob/venv`;
    // Debian's python3: the interpreter mod_wsgi embeds (python3-venv is not needed with --without-pip).
    execFileSync('/usr/bin/python3', ['-m', 'venv', '--without-pip', venv]);
    version = execFileSync('/usr/bin/python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'])
      .toString()
      .trim();
    const [major, minor] = version.split('.');
    const seed = {
      ...adaptSeed(seedRestrictProcess(), { root: apache.root, port: apache.port }),
      id: SERVER,
    };
    model = {
      ...seed,
      pythonVersion: `${major}.${Number(minor) + 1}`,
      tenants: seed.tenants.map((tn) => ({ ...tn, homeDirectory: `${apache.root}/home/${tn.unixUser}` })),
      daemonGroups: seed.daemonGroups.map((g) =>
        g.name === 'bob:1' ? { ...g, options: { ...g.options, 'python-home': venv } } : g,
      ),
    };
    for (const d of model.directories) apache.writeFile(`${d.path}/other.wsgi`, PREFIX_APP);
    const defines = `${apache.root}/hostplane-include.conf`;
    apache.writeFile(
      defines,
      [
        '<IfDefine !HOSTPLANE_INCLUDE>',
        `Define HOSTPLANE_INCLUDE ${model.configDir}/hostplane.conf`,
        '</IfDefine>',
        'IncludeOptional ${HOSTPLANE_INCLUDE}',
        '',
      ].join('\n'),
    );
    apache.includeFiles = [defines];
    await apache.start();
    const main = apache.layout.mainConfig;
    t = await startApp({
      env: {
        HOSTPLANE_APPLY_MODE: 'local',
        HOSTPLANE_JOURNAL_DIR: `${apache.root}/journal`,
        HOSTPLANE_CONFIGTEST_CMD: JSON.stringify([
          '/usr/sbin/apache2',
          '-t',
          '-f',
          main,
          '-C',
          'Define HOSTPLANE_INCLUDE {include}',
        ]),
        HOSTPLANE_RELOAD_CMD: JSON.stringify(['/usr/sbin/apache2', '-f', main, '-k', 'graceful']),
        HOSTPLANE_PROBE_URL: `http://127.0.0.1:${apache.port}/bob/other.wsgi`,
      },
    });
    await insertModel(t.app.get<Database>(DATABASE), model);
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'venv-admin', 'admin'))}`;
  }, 90_000);
  afterAll(async () => {
    await t?.close();
    await apache?.dispose();
  });

  it('a venv of another Python X.Y is refused by the preflight, before Apache sees it', async () => {
    const res = await publish();
    // The publish reports it like a configtest refusal: 422, nothing live, attributed to the group.
    expect(res.status).toBe(422);
    expect(res.body.publication.status).toBe('failed');
    expect(res.body.errors[0]).toMatchObject({
      path: '/daemon-groups/dg-bob-1',
      apacheMessage: expect.stringContaining(
        `the virtualenv ${venv} was built for Python ${version}, but mod_wsgi embeds Python`,
      ),
    });
    expect(res.body.errors[0].apacheMessage).toMatch(/recreate it with python3\.[0-9]+ -m venv /);
    // Worded as the preflight's refusal, not Apache's configtest: its own problem type and code.
    expect(res.body.type).toBe('urn:hostplane:problem:preflight-refused');
    expect(res.body.title).not.toMatch(/Apache refused/);
    expect(res.body.errors[0].code).toBe('PYTHON_HOME_PREFLIGHT_FAILED');
    expect(res.body.errors[0].message).toMatch(
      /^The preflight on the web server refused the python-home of daemon group bob:1: the virtualenv .* recreate it with python3\.[0-9]+ -m venv /,
    );
    expect(res.body.detail).not.toMatch(/Apache refused/);
    expect(existsSync(`${model.configDir}/hostplane.conf`)).toBe(false);
  }, 30_000);

  it("with the server's real pythonVersion the revision goes live and the group runs inside the venv", async () => {
    await t
      .http()
      .patch(`/api/v1/servers/${SERVER}`)
      .set('Authorization', admin)
      .send({ pythonVersion: version })
      .expect(200);
    const res = await publish();
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('live');
    await eventually(async () => (await apache.request(HOST, '/bob/other.wsgi')).body === venv, {
      what: 'bob:1 running inside the virtualenv',
      timeoutMs: 20_000,
      intervalMs: 200,
    });
  }, 60_000);
});
