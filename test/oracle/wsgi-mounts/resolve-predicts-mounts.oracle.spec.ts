/**
 * Hostplane's own WSGIScriptAlias mounts, rendered from a model and served by a real Apache + mod_wsgi:
 * resolve() predicts each answer (status, group, application group) — a literal process-group= beats the
 * vhost's WSGIProcessGroup %{ENV:…} and <Directory> SetEnv, %{ENV:…} in process-group= reads the script's
 * <Directory> SetEnv, an Alias inside a mount wins, and no ExecCGI/AddHandler is needed (issue 10).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import type { WsgiMount } from '../../../libs/apache/src/model/server-model.js';
import { compareRequest, isMatch } from '../compare/compare-request.js';
import { createResolver, validate, type ServerModel } from '../engine.js';
import { deployModel } from '../proof/deploy-model.js';
import { oracleServer, tenant, tenantGroup, virtualHost, wsgiDirectory } from '../proof/oracle-model.js';

const HOST = 'www.site.com';

function mount(id: string, urlPath: string, script: string, extra: Partial<WsgiMount> = {}): WsgiMount {
  return {
    id,
    virtualHostId: 'v1',
    tenantId: 'tn-bob',
    urlPath,
    urlPattern: null,
    script,
    processGroup: null,
    applicationGroup: null,
    callableObject: null,
    passAuthorization: null,
    ...extra,
  };
}

function buildModel(root: string, port: number): ServerModel {
  const blog = `${root}/home/bob/blog`;
  const statics = `${root}/home/bob/blog-static`;
  return {
    ...oracleServer(root, {
      tenants: [tenant('bob')],
      daemonGroups: ['bob:1', 'bob:2'].map((n) => tenantGroup(n, 'bob', 'v1')),
      virtualHosts: [
        virtualHost('v1', HOST, { addresses: [`*:${port}`], processGroup: '%{ENV:PROCESS_GROUP}' }),
      ],
      directories: [
        // No ExecCGI, no AddHandler: a mounted script needs neither.
        wsgiDirectory('d-blog', 'v1', blog, {
          options: [],
          handlers: [],
          restrictProcess: ['bob:1', 'bob:2'],
          env: { PROCESS_GROUP: 'bob:1' },
        }),
        wsgiDirectory('d-static', 'v1', statics, { urlPath: '/~bob/blog/static' }),
      ],
    }),
    wsgiMounts: [
      mount('m-blog', '/~bob/blog', `${blog}/wsgi.py`, {
        processGroup: 'bob:2',
        applicationGroup: '%{GLOBAL}',
      }),
      mount('m-env', '/env', `${blog}/wsgi.py`, { tenantId: null, processGroup: '%{ENV:PROCESS_GROUP}' }),
      mount('m-missing', '/gone', `${blog}/missing.py`, { processGroup: 'bob:2' }),
      // WSGIScriptAliasMatch: a regex match, SCRIPT_NAME the matched part.
      mount('m-match', '', `${blog}/wsgi.py`, {
        urlPath: null,
        urlPattern: '^/match/([a-z]+)',
        processGroup: 'bob:2',
      }),
    ],
  };
}

const PATHS = [
  '/~bob/blog',
  '/~bob/blog/posts/1',
  '/~bob/blog/static/app.wsgi',
  '/env',
  '/env/x',
  '/gone',
  '/match/abc',
  '/match/abc/def',
  '/match/123',
];

describeWithApache('WSGIScriptAlias mounts rendered by Hostplane on a real Apache', () => {
  let apache: ApacheInstance;
  let model: ServerModel;

  beforeAll(async () => {
    ensureUnixUsers(['bob']);
    apache = await ApacheInstance.create();
    model = buildModel(apache.root, apache.port);
    deployModel(apache, model, {
      scripts: [`${apache.root}/home/bob/blog/wsgi.py`, `${apache.root}/home/bob/blog-static/app.wsgi`],
    });
    await apache.start();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it('validates without errors', () => {
    expect(validate(model).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('resolve() predicts every request', async () => {
    const resolver = createResolver(model, { fileExists: existsSync });
    const comparisons = [];
    for (const path of PATHS) {
      comparisons.push(
        await compareRequest(apache, HOST, path, resolver({ host: HOST, path, port: apache.port })),
      );
    }
    expect(comparisons.filter((c) => !isMatch(c))).toEqual([]);
  });

  it.each([
    ['/~bob/blog/posts/1', 200, 'bob:2'],
    // The Alias wins: the static directory has no SetEnv, so %{ENV:PROCESS_GROUP} stays literal (500).
    ['/~bob/blog/static/app.wsgi', 500, null],
    ['/env/x', 200, 'bob:1'],
    ['/gone', 404, null],
    ['/match/abc/def', 200, 'bob:2'],
    ['/match/123', 404, null],
  ])('%s gives %i in %s', async (path, status, group) => {
    const response = await apache.request(HOST, path);
    expect([response.status, response.probe?.process_group ?? null]).toEqual([status, group]);
  });
});
