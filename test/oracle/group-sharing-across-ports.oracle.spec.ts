/**
 * The 80/443 pattern on a real Apache (spec §2.5; rule V1): two <VirtualHost>s with the same ServerName on
 * two ports share their daemon groups, so the vhost on the second port may use a group defined in the first.
 * A vhost with another ServerName on that second port may not (500, "cannot be accessed").
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import { compareRequest, isMatch } from './compare/compare-request.js';
import { createResolver, validate, type ServerModel } from './engine.js';
import { deployModel } from './proof/deploy-model.js';
import { oracleServer, tenant, tenantGroup, virtualHost, wsgiDirectory } from './proof/oracle-model.js';

function buildModel(root: string, first: number, second: number): ServerModel {
  const docroot = (id: string) => `${root}/srv/${id}`;
  const vh = (id: string, serverName: string, port: number, processGroup: string, env = {}) =>
    virtualHost(id, serverName, {
      addresses: [`*:${port}`],
      documentRoot: docroot(id),
      processGroup,
      env,
    });
  return oracleServer(root, {
    tenants: [tenant('bob'), tenant('joe')],
    daemonGroups: [tenantGroup('bob:1', 'bob', 'v-first'), tenantGroup('joe:1', 'joe', 'v-other')],
    virtualHosts: [
      vh('v-first', 'www.site.com', first, 'bob:1'),
      // Defines no group of its own: bob:1 comes from the same ServerName on the other port.
      vh('v-second', 'www.site.com', second, 'bob:1'),
      vh('v-other', 'other.example', second, '%{ENV:PROCESS_GROUP}', { PROCESS_GROUP: 'joe:1' }),
    ],
    directories: [
      wsgiDirectory('d-first', 'v-first', docroot('v-first')),
      wsgiDirectory('d-second', 'v-second', docroot('v-second')),
      wsgiDirectory('d-other', 'v-other', docroot('v-other'), {
        tenantId: 'tn-joe',
        allowOverride: ['FileInfo'],
      }),
    ],
  });
}

describeWithApache('the same ServerName on two ports shares groups, on a real Apache', () => {
  let apache: ApacheInstance;
  let model: ServerModel;
  let deployed: ServerModel;
  let requests: [port: number, host: string, path: string, status: number, group: string | null][];

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create({ extraPorts: 1 });
    const second = apache.extraPorts[0]!;
    model = buildModel(apache.root, apache.port, second);
    ({ deployed } = deployModel(apache, model, {
      // joe, by hand, reaching for bob's group from a vhost with another ServerName.
      handRules: { 'd-other': [{ files: 'foreign.wsgi', processGroup: 'bob:1' }] },
      scripts: model.directories.flatMap((d) => [`${d.path}/app.wsgi`, `${d.path}/foreign.wsgi`]),
    }));
    requests = [
      [apache.port, 'www.site.com', '/app.wsgi', 200, 'bob:1'],
      [second, 'www.site.com', '/app.wsgi', 200, 'bob:1'],
      [second, 'other.example', '/app.wsgi', 200, 'joe:1'],
      [second, 'other.example', '/foreign.wsgi', 500, null],
    ];
    await apache.start();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it('the published model is clean: no DUPLICATE_SERVER_NAME across ports, bob:1 visible on both', () => {
    expect(validate(model).filter((d) => d.severity === 'error')).toEqual([]);
    expect(
      validate(deployed)
        .filter((d) => d.severity === 'error')
        .map((d) => [d.code, d.path]),
    ).toEqual([
      ['GROUP_NOT_VISIBLE', '/directories/d-other/rules/0/processGroup'],
      ['GROUP_OF_ANOTHER_TENANT', '/directories/d-other/rules/0/processGroup'],
    ]);
  });

  it('resolve() predicts every request on both ports', async () => {
    const resolver = createResolver(deployed, { fileExists: existsSync });
    const comparisons = [];
    for (const [port, host, path] of requests) {
      comparisons.push(await compareRequest(apache, host, path, resolver({ host, path, port }), port));
    }
    expect(comparisons.filter((c) => !isMatch(c))).toEqual([]);
  });

  it('each request gives the documented status and group', async () => {
    const seen = [];
    for (const [port, host, path] of requests) {
      const response = await apache.requestOn(port, host, path);
      seen.push([port, host, path, response.status, response.probe?.process_group ?? null]);
    }
    expect(seen).toEqual(requests);
  });

  it('the refusal on the other ServerName is mod_wsgi’s visibility check', async () => {
    const mark = apache.logMark();
    await apache.requestOn(apache.extraPorts[0]!, 'other.example', '/foreign.wsgi');
    const text = "Daemon process called 'bob:1' cannot be accessed by this WSGI application";
    expect(await apache.waitForLog(mark, text)).toContain(text);
  });
});
