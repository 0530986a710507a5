/**
 * Where the spec is silent (issue 10 item 3): a server-scope WSGIProcessGroup naming a group defined inside one
 * <VirtualHost> is inherited by every vhost, but mod_wsgi's visibility check (spec §2.5) still runs per request
 * against the vhost that serves it — the defining vhost runs the group, another ServerName gets 500 "cannot be
 * accessed". Neither the server-scope value nor a server-scope list naming the group widens visibility.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import {
  ApacheInstance,
  describeWithApache,
  ensureUnixUsers,
  PROBE_WSGI_SOURCE,
  writeRenderedFiles,
} from '#test-support/apache/index.js';
import { SERVER_CONFIG_PATH, writeFiles } from '../../../libs/apache/src/render/write-files.js';
import { compareRequest, isMatch } from '../compare/compare-request.js';
import { createResolver, validate, type ServerModel } from '../engine.js';
import { oracleServer, tenant, tenantGroup, virtualHost, wsgiDirectory } from '../proof/oracle-model.js';

const OWNER = 'owner.example';
const OTHER = 'other.example';

function buildModel(root: string, port: number): ServerModel {
  return {
    ...oracleServer(root, {
      tenants: [tenant('bob')],
      daemonGroups: [tenantGroup('bob:1', 'bob', 'v-owner')],
      virtualHosts: [
        virtualHost('v-owner', OWNER, { addresses: [`*:${port}`] }),
        virtualHost('v-other', OTHER, { addresses: [`*:${port}`] }),
      ],
      directories: [
        wsgiDirectory('d-owner', 'v-owner', `${root}/home/bob/owner`, { urlPath: '/app' }),
        wsgiDirectory('d-other', 'v-other', `${root}/home/bob/other`, { urlPath: '/app' }),
      ],
    }),
    restrictProcess: ['bob:1'],
    processGroup: 'bob:1',
  };
}

describeWithApache('a server-scope WSGIProcessGroup of a vhost’s group on a real Apache', () => {
  let apache: ApacheInstance;
  let model: ServerModel;

  beforeAll(async () => {
    ensureUnixUsers(['bob']);
    apache = await ApacheInstance.create();
    model = buildModel(apache.root, apache.port);
    const written = writeRenderedFiles(apache, writeFiles(model), model.configDir);
    for (const d of model.directories) apache.writeFile(`${d.path}/app.wsgi`, PROBE_WSGI_SOURCE);
    apache.includeFiles = [written.get(SERVER_CONFIG_PATH) ?? ''];
    await apache.start();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it('runs in the defining vhost and is refused with “cannot be accessed” in another', async () => {
    expect((await apache.request(OWNER, '/app/app.wsgi')).probe?.process_group).toBe('bob:1');
    const mark = apache.logMark();
    expect((await apache.request(OTHER, '/app/app.wsgi')).status).toBe(500);
    const text = "Daemon process called 'bob:1' cannot be accessed by this WSGI application";
    expect(await apache.waitForLog(mark, text)).toContain(text);
  });

  it('resolve() predicts both', async () => {
    const resolver = createResolver(model, { fileExists: existsSync });
    const comparisons = [];
    for (const host of [OWNER, OTHER]) {
      const path = '/app/app.wsgi';
      comparisons.push(await compareRequest(apache, host, path, resolver({ host, path, port: apache.port })));
    }
    expect(comparisons.filter((c) => !isMatch(c))).toEqual([]);
  });

  it('validation warns about the vhost that inherits a group it cannot see', () => {
    const warnings = validate(model)
      .filter((d) => d.code === 'INHERITED_GROUP_NOT_VISIBLE')
      .map((d) => d.path);
    expect(warnings).toEqual(['/virtual-hosts/v-other/processGroup']);
  });
});
