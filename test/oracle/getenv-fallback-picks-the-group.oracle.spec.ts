/**
 * mod_wsgi's getenv() fallback on a real Apache (spec §2.2; rule P6): when no SetEnv sets the variable that
 * WSGIProcessGroup %{ENV:…} reads, the Apache parent's own environment picks the group. SetEnv beats it,
 * SetEnv names are case-insensitive while getenv() is not, and a restriction list still applies.
 * Apache starts here with PROCESS_GROUP=bob:2 and app_group=bob:3 in its environment.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import { compareRequest, isMatch } from './compare/compare-request.js';
import { createResolver, validate, type ServerModel } from './engine.js';
import { deployModel } from './proof/deploy-model.js';
import { oracleServer, tenant, tenantGroup, virtualHost, wsgiDirectory } from './proof/oracle-model.js';

const HOST = 'www.site.com';
const PROCESS_ENV = { PROCESS_GROUP: 'bob:2', app_group: 'bob:3' };

function buildModel(root: string, port: number): ServerModel {
  const dir = (name: string, extra: Parameters<typeof wsgiDirectory>[3] = {}) =>
    wsgiDirectory(`d-${name}`, 'v1', `${root}/home/bob/${name}`, { urlPath: `/${name}`, ...extra });
  return oracleServer(root, {
    tenants: [tenant('bob')],
    daemonGroups: ['bob:1', 'bob:2', 'bob:3'].map((n) => tenantGroup(n, 'bob', 'v1')),
    // No vhost SetEnv: the variable is unset unless a directory sets it.
    virtualHosts: [
      virtualHost('v1', HOST, { addresses: [`*:${port}`], processGroup: '%{ENV:PROCESS_GROUP}' }),
    ],
    directories: [
      dir('plain'),
      dir('setenv', { env: { PROCESS_GROUP: 'bob:1' } }),
      dir('lower', { env: { process_group: 'bob:3' } }),
      dir('case', { processGroup: '%{ENV:APP_GROUP}' }),
      dir('list', { restrictProcess: ['bob:1'] }),
    ],
  });
}

const EXPECTED: [path: string, status: number, group: string | null, error: string | null][] = [
  ['/plain/app.wsgi', 200, 'bob:2', null],
  ['/setenv/app.wsgi', 200, 'bob:1', null],
  ['/lower/app.wsgi', 200, 'bob:3', null],
  ['/case/app.wsgi', 500, null, "No WSGI daemon process called '%{ENV:APP_GROUP}' has been configured"],
  [
    '/list/app.wsgi',
    500,
    null,
    "Daemon process called 'bob:2' cannot be accessed by this WSGI application as not a member of allowed groups",
  ],
];

describeWithApache('the Apache parent’s environment as the last source of the group', () => {
  let apache: ApacheInstance;
  let model: ServerModel;

  beforeAll(async () => {
    ensureUnixUsers(['bob']);
    apache = await ApacheInstance.create({ env: PROCESS_ENV });
    model = buildModel(apache.root, apache.port);
    deployModel(apache, model, { scripts: model.directories.map((d) => `${d.path}/app.wsgi`) });
    await apache.start();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it('validates without errors: the model cannot see the service environment', () => {
    expect(validate(model).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('resolve() given the same processEnv predicts every request', async () => {
    const resolver = createResolver(model, { fileExists: existsSync, processEnv: PROCESS_ENV });
    const comparisons = [];
    for (const [path] of EXPECTED) {
      comparisons.push(
        await compareRequest(apache, HOST, path, resolver({ host: HOST, path, port: apache.port })),
      );
    }
    expect(comparisons.filter((c) => !isMatch(c))).toEqual([]);
  });

  it.each(EXPECTED)('%s gives %i in %s', async (path, status, group, error) => {
    const mark = apache.logMark();
    const response = await apache.request(HOST, path);
    expect([response.status, response.probe?.process_group ?? null]).toEqual([status, group]);
    if (error !== null) expect(await apache.waitForLog(mark, error)).toContain(error);
  });

  it('without processEnv the resolver would predict something else for /plain (the input matters)', () => {
    const outcome = createResolver(model)({ host: HOST, path: '/plain/app.wsgi', port: apache.port });
    expect(outcome).toMatchObject({ status: 500, processGroup: '%{ENV:PROCESS_GROUP}' });
  });
});
