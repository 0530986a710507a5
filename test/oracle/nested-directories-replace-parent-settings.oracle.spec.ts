/**
 * Nested <Directory> sections on a real Apache (spec §2.1, §3, §6.1; rules P1, RP3, S1): a deeper section's
 * WSGIRestrictProcess and WSGIProcessGroup replace the parent's (lists are never merged), a deeper SetEnv
 * overrides the parent's, and Options/AddHandler/.htaccess rules of the parent still apply below it.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import { compareRequest, isMatch } from './compare/compare-request.js';
import { createResolver, validate, type ServerModel } from './engine.js';
import { deployModel } from './proof/deploy-model.js';
import { oracleServer, tenant, tenantGroup, virtualHost, wsgiDirectory } from './proof/oracle-model.js';

const HOST = 'www.site.com';

function buildModel(root: string, port: number): ServerModel {
  const top = `${root}/home/bob/site`;
  // A nested section that emits nothing but what it overrides (no Options, no AddHandler, no AllowOverride).
  const nested = (name: string, extra: Parameters<typeof wsgiDirectory>[3]) =>
    wsgiDirectory(`d-${name}`, 'v1', `${top}/${name}`, {
      options: [],
      handlers: [],
      allowOverride: [],
      ...extra,
    });
  return oracleServer(root, {
    tenants: [tenant('bob')],
    daemonGroups: ['bob:1', 'bob:2', 'bob:3'].map((n) => tenantGroup(n, 'bob', 'v1')),
    virtualHosts: [
      virtualHost('v1', HOST, { addresses: [`*:${port}`], processGroup: '%{ENV:PROCESS_GROUP}' }),
    ],
    directories: [
      // Listed deep-first on purpose: Apache merges by path depth, not by model order.
      nested('sub', { restrictProcess: ['bob:3'], processGroup: 'bob:3' }),
      nested('env', { env: { PROCESS_GROUP: 'bob:2' } }),
      nested('narrow', { restrictProcess: ['bob:2'] }),
      wsgiDirectory('d-top', 'v1', top, {
        urlPath: '/site',
        allowOverride: ['FileInfo'],
        restrictProcess: ['bob:1', 'bob:2'],
        env: { PROCESS_GROUP: 'bob:1' },
        rules: [
          { files: 'pinned.wsgi', processGroup: 'bob:2' },
          { files: 'other.wsgi', processGroup: 'bob:1' },
        ],
      }),
    ],
  });
}

/** [path, status, process group]: what the rules above say Apache does. */
const EXPECTED: [string, number, string | null][] = [
  ['/site/app.wsgi', 200, 'bob:1'],
  ['/site/pinned.wsgi', 200, 'bob:2'],
  // The deeper literal group and list replace the parent's, even against the parent's .htaccess rule.
  ['/site/sub/app.wsgi', 200, 'bob:3'],
  ['/site/sub/pinned.wsgi', 200, 'bob:3'],
  // The deeper SetEnv overrides the parent's; the parent's list still applies (no list of its own).
  ['/site/env/app.wsgi', 200, 'bob:2'],
  // The parent's .htaccess <Files> rule still reaches below, and beats the deeper <Directory> SetEnv bob:2.
  ['/site/env/other.wsgi', 200, 'bob:1'],
  // [bob:2] replaces [bob:1, bob:2]: the inherited bob:1 is refused, not merged in.
  ['/site/narrow/app.wsgi', 500, null],
  ['/site/narrow/pinned.wsgi', 200, 'bob:2'],
];

describeWithApache('nested <Directory> sections on a real Apache', () => {
  let apache: ApacheInstance;
  let model: ServerModel;

  beforeAll(async () => {
    ensureUnixUsers(['bob']);
    apache = await ApacheInstance.create();
    model = buildModel(apache.root, apache.port);
    deployModel(apache, model, {
      scripts: model.directories.flatMap((d) =>
        ['app.wsgi', 'pinned.wsgi', 'other.wsgi'].map((s) => `${d.path}/${s}`),
      ),
    });
    await apache.start();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it('validates without errors (the narrowed list is legal, if unwise)', () => {
    expect(validate(model).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('resolve() predicts every request', async () => {
    const resolver = createResolver(model, { fileExists: existsSync });
    const comparisons = [];
    for (const [path] of EXPECTED) {
      comparisons.push(
        await compareRequest(apache, HOST, path, resolver({ host: HOST, path, port: apache.port })),
      );
    }
    expect(comparisons.filter((c) => !isMatch(c))).toEqual([]);
  });

  it.each(EXPECTED)('%s gives %i in %s', async (path, status, group) => {
    const response = await apache.request(HOST, path);
    expect([response.status, response.probe?.process_group ?? null]).toEqual([status, group]);
  });

  it('the refusal in narrow/ is the restriction list of narrow/, with mod_wsgi’s text', async () => {
    const mark = apache.logMark();
    await apache.request(HOST, '/site/narrow/app.wsgi');
    const text =
      "Daemon process called 'bob:1' cannot be accessed by this WSGI application as not a member of allowed groups";
    expect(await apache.waitForLog(mark, text)).toContain(text);
    const outcome = createResolver(model)({ host: HOST, path: '/site/narrow/app.wsgi', port: apache.port });
    expect(outcome.trace.find((t) => t.step === 'restrict-list')?.source).toBe(
      `<Directory ${apache.root}/home/bob/site/narrow> WSGIRestrictProcess bob:2`,
    );
  });
});
