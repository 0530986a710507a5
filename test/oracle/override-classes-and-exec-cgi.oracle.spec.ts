/**
 * What AllowOverride and Options decide before mod_wsgi picks a group (spec §2.6, §5.1; rules H1, R5), on a
 * real Apache: with AllowOverride None the .htaccess is never opened (even a garbage file changes nothing),
 * SetEnv under a class without FileInfo fails the request with 500 (Apache 2.4.71 names the block the SetEnv sits
 * in: `SetEnv not allowed in <Files> context`), and a wsgi-script without ExecCGI is 403.
 * Each request is first predicted by resolve(), then compared with what Apache really did.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import { compareRequest, isMatch } from './compare/compare-request.js';
import { createResolver, validate, type ServerModel } from './engine.js';
import { deployModel } from './proof/deploy-model.js';
import { oracleServer, tenant, tenantGroup, virtualHost, wsgiDirectory } from './proof/oracle-model.js';

const HOST = 'www.site.com';
/** The tenant's file in the AllowOverride None directory: unknown and forbidden directives, and a rule. */
const GARBAGE = `ThisIsNotADirective at all
WSGIProcessGroup bob:2
WSGIRestrictProcess joe:1
<Files app.wsgi>
SetEnv PROCESS_GROUP bob:2
</Files>
`;
const SELECT_BOB_2 = [{ files: 'app.wsgi', processGroup: 'bob:2' }];

function buildModel(root: string, port: number): ServerModel {
  const home = `${root}/home/bob`;
  const dir = (name: string, extra: Parameters<typeof wsgiDirectory>[3]) =>
    wsgiDirectory(`d-${name}`, 'v1', `${home}/${name}`, {
      urlPath: `/${name}`,
      restrictProcess: ['bob:1', 'bob:2'],
      ...extra,
    });
  return oracleServer(root, {
    tenants: [tenant('bob')],
    daemonGroups: [tenantGroup('bob:1', 'bob', 'v1'), tenantGroup('bob:2', 'bob', 'v1')],
    virtualHosts: [
      virtualHost('v1', HOST, {
        addresses: [`*:${port}`],
        processGroup: '%{ENV:PROCESS_GROUP}',
        env: { PROCESS_GROUP: 'bob:1' },
      }),
    ],
    directories: [
      dir('none', { allowOverride: ['None'] }),
      dir('fileinfo', { allowOverride: ['FileInfo'], rules: SELECT_BOB_2 }),
      dir('indexes', { allowOverride: ['Indexes'] }),
      dir('authconfig', { allowOverride: ['AuthConfig', 'Options'] }),
      dir('default-options', { options: [] }),
      dir('indexes-only', { options: ['Indexes'] }),
    ],
  });
}

const REQUESTS = [
  '/none/app.wsgi',
  '/fileinfo/app.wsgi',
  '/fileinfo/other.wsgi',
  '/indexes/app.wsgi',
  '/indexes/other.wsgi',
  '/authconfig/app.wsgi',
  '/default-options/app.wsgi',
  '/indexes-only/app.wsgi',
];

describeWithApache('AllowOverride and ExecCGI on a real Apache', () => {
  let apache: ApacheInstance;
  let model: ServerModel;
  let deployed: ServerModel;

  beforeAll(async () => {
    ensureUnixUsers(['bob']);
    apache = await ApacheInstance.create();
    model = buildModel(apache.root, apache.port);
    const home = `${apache.root}/home/bob`;
    ({ deployed } = deployModel(apache, model, {
      // The SetEnv the validator refuses under Indexes, written by hand.
      handRules: {
        'd-indexes': SELECT_BOB_2,
        'd-authconfig': [{ filesMatch: '^app\\.wsgi$', processGroup: 'bob:2' }],
      },
      rawHtaccess: { [`${home}/none`]: GARBAGE },
      scripts: model.directories.flatMap((d) => [`${d.path}/app.wsgi`, `${d.path}/other.wsgi`]),
    }));
    // The resolver sees the None directory's rule too: it must know Apache never opens that file.
    deployed.directories.find((d) => d.id === 'd-none')!.rules = SELECT_BOB_2;
    await apache.start();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it('the published model is clean; the hand edits are exactly what the validator refuses', () => {
    expect(validate(model).filter((d) => d.severity === 'error')).toEqual([]);
    const refused = validate(deployed)
      .filter((d) => d.severity === 'error')
      .map((d) => [d.code, d.path]);
    expect(refused).toEqual([
      ['HTACCESS_NOT_READ', '/directories/d-none/allowOverride'],
      ['OVERRIDE_NOT_ALLOWED', '/directories/d-indexes/allowOverride'],
      ['OVERRIDE_NOT_ALLOWED', '/directories/d-authconfig/allowOverride'],
    ]);
  });

  it('resolve() predicts every request', async () => {
    const resolver = createResolver(deployed, { fileExists: existsSync });
    const comparisons = [];
    for (const path of REQUESTS) {
      comparisons.push(
        await compareRequest(apache, HOST, path, resolver({ host: HOST, path, port: apache.port })),
      );
    }
    expect(comparisons.filter((c) => !isMatch(c))).toEqual([]);
  });

  it('AllowOverride None: a garbage .htaccess is not read at all (200 in the vhost default bob:1)', async () => {
    const response = await apache.request(HOST, '/none/app.wsgi');
    expect([response.status, response.probe?.process_group]).toEqual([200, 'bob:1']);
  });

  it('the same rule under FileInfo is read (bob:2), so the file above really was skipped', async () => {
    const response = await apache.request(HOST, '/fileinfo/app.wsgi');
    expect([response.status, response.probe?.process_group]).toEqual([200, 'bob:2']);
  });

  it.each([
    ['indexes', 'Files'],
    ['authconfig', 'FilesMatch'],
  ])('SetEnv without FileInfo (%s) fails every request below with 500, naming <%s>', async (name, block) => {
    for (const script of ['app.wsgi', 'other.wsgi']) {
      const mark = apache.logMark();
      const response = await apache.request(HOST, `/${name}/${script}`);
      expect(response.status).toBe(500);
      const expected = `${apache.root}/home/bob/${name}/.htaccess: SetEnv not allowed in <${block}> context`;
      expect(await apache.waitForLog(mark, expected)).toContain(expected);
    }
    const quoted = validate(deployed).find((d) => d.path === `/directories/d-${name}/allowOverride`);
    expect(quoted?.apacheMessage).toBe(`SetEnv not allowed in <${block}> context`);
  });

  it.each(['default-options', 'indexes-only'])(
    'a wsgi-script in %s (no ExecCGI) is 403 with mod_wsgi’s text',
    async (name) => {
      const mark = apache.logMark();
      const response = await apache.request(HOST, `/${name}/app.wsgi`);
      expect(response.status).toBe(403);
      expect(response.probe).toBeNull();
      const expected = 'Options ExecCGI is off in this directory';
      expect(await apache.waitForLog(mark, expected)).toContain(expected);
      expect(
        createResolver(deployed)({ host: HOST, path: `/${name}/app.wsgi`, port: apache.port }),
      ).toMatchObject({ status: 403, error: expected });
    },
  );
});
