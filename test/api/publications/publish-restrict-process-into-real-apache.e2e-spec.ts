import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { ServerModel } from '#apache';
import { seedRestrictProcess } from '../../../libs/apache/test-fixtures/seed-restrict-process.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import {
  ApacheInstance,
  describeWithApache,
  ensureUnixUsers,
  PROBE_WSGI_SOURCE,
} from '#test-support/apache/index.js';
import { adaptSeed } from '../../oracle/seeds/adapt-seed.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { eventually } from '#test-support/eventually.js';

const SERVER = 'srv-apache';
const HOST = 'www.site.com';
const SCRIPTS = ['blog.wsgi', 'wiki.wsgi', 'other.wsgi'];

/**
 * HOSTPLANE_APPLY_MODE=local against a private Apache: the main config Includes ${HOSTPLANE_INCLUDE}
 * (default: the live include), configtest overrides it with -C to parse the staged copy, reload is
 * `apache2 -k graceful`, and the probe asks bob's default script for a 200.
 */
describeWithApache('publishing WSGIRestrictProcess.rst into a real Apache', () => {
  let apache: ApacheInstance;
  let t: TestApp;
  let admin: string;
  let bob: string;
  let model: ServerModel;
  let db: Database;
  const publish = (body: object = {}) =>
    t.http().post(`/api/v1/servers/${SERVER}/publications`).set('Authorization', admin).send(body);
  const groupOf = async (path: string) => (await apache.request(HOST, path)).probe?.process_group ?? null;
  const liveFiles = () => {
    const include = `${model.configDir}/hostplane.conf`;
    const htaccess = model.directories.map((d) => `${d.path}/.htaccess`);
    return [include, ...htaccess].map((p) => [p, readFileSync(p, 'utf8')]);
  };

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create();
    model = { ...adaptSeed(seedRestrictProcess(), { root: apache.root, port: apache.port }), id: SERVER };
    for (const d of model.directories)
      for (const s of SCRIPTS) apache.writeFile(`${d.path}/${s}`, PROBE_WSGI_SOURCE);
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
    await apache.start(); // serves nothing of ours yet: the include does not exist before the first publish
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
    db = t.app.get<Database>(DATABASE);
    await insertModel(db, model);
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'apache-admin', 'admin'))}`;
    bob = `Bearer ${await logInAs(t, await seedUser(t.app, 'apache-bob', 'tenant', { tenantId: 'tn-bob' }))}`;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await apache?.dispose();
  });

  it('the first publish goes live with a reload, and requests route as GET /resolve predicts', async () => {
    const res = await publish({ reason: 'first' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ revision: 1, status: 'live', kind: 'reload', reloaded: true });
    // A graceful restart returns before the new generation serves: wait until it does.
    await eventually(async () => (await groupOf('/bob/blog.wsgi')) === 'bob:2', {
      what: 'Apache serving the new revision',
      timeoutMs: 20_000,
      intervalMs: 100,
    });
    for (const tenant of ['bob', 'joe']) {
      for (const script of SCRIPTS) {
        const path = `/${tenant}/${script}`;
        const predicted = await t
          .http()
          .get(`/api/v1/servers/${SERVER}/resolve`)
          .query({ host: HOST, path, port: apache.port })
          .set('Authorization', admin);
        const actual = await apache.request(HOST, path);
        expect([path, actual.status, actual.probe?.process_group ?? null]).toEqual([
          path,
          predicted.body.status,
          predicted.body.status === 200 ? predicted.body.processGroup : null,
        ]);
      }
    }
    expect(await groupOf('/bob/wiki.wsgi')).toBe('bob:3');
  }, 60_000);

  it('bob changes a mapping: an .htaccess-only revision goes live without a reload, the next request follows', async () => {
    const put = await t
      .http()
      .put('/api/v1/directories/dir-bob/htaccess')
      .set('Authorization', bob)
      .send({
        rules: [
          { files: 'blog.wsgi', processGroup: 'bob:3' },
          { files: 'wiki.wsgi', processGroup: 'bob:3' },
        ],
      });
    expect(put.status).toBe(200);
    const mark = apache.logMark();
    const res = await publish();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ revision: 2, status: 'live', kind: 'no-reload', reloaded: false });
    expect(res.body.changedPaths).toEqual([`${model.directories[0]?.path}/.htaccess`]);
    expect(await groupOf('/bob/blog.wsgi')).toBe('bob:3');
    expect(apache.logSince(mark)).not.toContain('resuming normal operations');
  }, 30_000);

  it('a virtual host change goes live with a graceful reload', async () => {
    expect((await apache.request(HOST, '/bob/other.wsgi')).probe?.application_group).not.toBe('');
    const patch = await t
      .http()
      .patch('/api/v1/virtual-hosts/vh-site')
      .set('Authorization', admin)
      .send({ applicationGroup: '%{GLOBAL}' });
    expect(patch.status).toBe(200);
    const mark = apache.logMark();
    const res = await publish();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ revision: 3, status: 'live', kind: 'reload', reloaded: true });
    await apache.waitForLog(mark, 'resuming normal operations');
    await eventually(
      async () => (await apache.request(HOST, '/bob/other.wsgi')).probe?.application_group === '',
      { what: 'Apache serving the new revision', timeoutMs: 20_000, intervalMs: 100 },
    );
  }, 60_000);

  it('a daemon user missing on the web server fails configtest: 422, blamed on the group, live files untouched', async () => {
    const before = liveFiles();
    const patch = await t
      .http()
      .patch('/api/v1/daemon-groups/dg-default')
      .set('Authorization', admin)
      .send({ user: 'hp-no-such-user' });
    expect([patch.status, patch.body]).toEqual([200, expect.anything()]);
    const res = await publish();
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.type).toContain('apache-refused');
    expect(res.body.errors).toMatchObject([
      { code: 'APACHE_CONFIGTEST_FAILED', path: '/daemon-groups/dg-default' },
    ]);
    expect(res.body.errors[0].apacheMessage).toContain('hp-no-such-user');
    expect(res.body.publication).toMatchObject({ revision: 4, status: 'failed' });
    expect(liveFiles()).toEqual(before);
    expect(await groupOf('/bob/blog.wsgi')).toBe('bob:3');
    const stored = await db.publication.findFirst({ where: { serverId: SERVER, revision: 4 } });
    expect(stored?.status).toBe('failed');
    const live = await db.publication.findFirst({ where: { serverId: SERVER, status: 'live' } });
    expect(live?.revision).toBe(3);
  }, 30_000);

  it('undoing the change brings the model back to the live digest: publishing is a no-op', async () => {
    const patch = await t
      .http()
      .patch('/api/v1/daemon-groups/dg-default')
      .set('Authorization', admin)
      .send({ user: null });
    expect(patch.status).toBe(200);
    const res = await publish();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ noop: true, revision: 3, status: 'live' });
  });
});
