import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { ServerModel } from '#apache';
import { seedProcessGroupMap } from '../../../libs/apache/test-fixtures/seed-process-group-map.js';
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

const SERVER = 'srv-dbm';
const HOST = 'www.site.com';

/**
 * Issue 10 item 4 through HTTP only: the seed's map becomes `format: "dbm"` with a PUT, the publish (local
 * applier into a private Apache) builds it with httxt2dbm, and the mapped URIs run in their groups, an
 * unmapped one in the fallback, each where GET /resolve says.
 */
describeWithApache('a dbm process-group map published into a real Apache', () => {
  let apache: ApacheInstance;
  let t: TestApp;
  let admin: string;
  let model: ServerModel;
  const groupOf = async (path: string) => (await apache.request(HOST, path)).probe?.process_group ?? null;

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'wsgi']);
    apache = await ApacheInstance.create();
    model = { ...adaptSeed(seedProcessGroupMap(), { root: apache.root, port: apache.port }), id: SERVER };
    const vhost = model.virtualHosts[0]!;
    model.directories.push({
      id: 'dir-app',
      virtualHostId: vhost.id,
      tenantId: 'tn-bob',
      path: `${vhost.documentRoot}/app`,
      urlPath: null,
      allowOverride: ['None'],
      options: ['ExecCGI'],
      handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
      restrictProcess: null,
      processGroup: null,
      env: {},
      rules: [],
    });
    for (const s of ['a.wsgi', 'b.wsgi', 'c.wsgi'])
      apache.writeFile(`${vhost.documentRoot}/app/${s}`, PROBE_WSGI_SOURCE);
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
      },
    });
    await insertModel(t.app.get<Database>(DATABASE), model);
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'dbm-admin', 'admin'))}`;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await apache?.dispose();
  });

  it('a stored txt map says so; a PUT with format "dbm" is stored and answered with it', async () => {
    const before = await t
      .http()
      .get(`/api/v1/virtual-hosts/${model.virtualHosts[0]!.id}/process-group-map`)
      .set('Authorization', admin);
    expect([before.status, before.body.format]).toEqual([200, 'txt']);
    const put = await t
      .http()
      .put(`/api/v1/virtual-hosts/${model.virtualHosts[0]!.id}/process-group-map`)
      .set('Authorization', admin)
      .send({ ...before.body, format: 'dbm' });
    expect([put.status, put.body.format]).toEqual([200, 'dbm']);
    const vhost = await t
      .http()
      .get(`/api/v1/virtual-hosts/${model.virtualHosts[0]!.id}`)
      .set('Authorization', admin);
    expect(vhost.body.processGroupMap.format).toBe('dbm');
  });

  it('an unknown format is a 422-class refusal, never stored', async () => {
    const put = await t
      .http()
      .put(`/api/v1/virtual-hosts/${model.virtualHosts[0]!.id}/process-group-map`)
      .set('Authorization', admin)
      .send({ fallback: 'default', entries: [], format: 'sdbm' });
    expect(put.status).toBe(400);
    expect(put.headers['content-type']).toContain('application/problem+json');
  });

  it('the publish builds the .dbm; mapped URIs run in their groups and an unmapped one in the fallback, as resolve predicts', async () => {
    const res = await t
      .http()
      .post(`/api/v1/servers/${SERVER}/publications`)
      .set('Authorization', admin)
      .send({});
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ revision: 1, status: 'live' });
    expect(res.body.changedPaths).toEqual(
      expect.arrayContaining(['httpd/maps/www.site.com.txt', 'httpd/maps/www.site.com.dbm']),
    );
    await eventually(async () => (await groupOf('/app/a.wsgi')) === 'bob:1', {
      what: 'Apache serving the new revision',
      timeoutMs: 20_000,
      intervalMs: 100,
    });
    for (const [path, group] of [
      ['/app/a.wsgi', 'bob:1'],
      ['/app/b.wsgi', 'bob:2'],
      ['/app/c.wsgi', 'default'],
    ] as const) {
      const predicted = await t
        .http()
        .get(`/api/v1/servers/${SERVER}/resolve`)
        .query({ host: HOST, path, port: apache.port })
        .set('Authorization', admin);
      expect([path, predicted.body.processGroup, await groupOf(path)]).toEqual([path, group, group]);
    }
  }, 60_000);
});
