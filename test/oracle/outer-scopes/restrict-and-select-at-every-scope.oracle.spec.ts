/**
 * WSGIRestrictProcess and WSGIProcessGroup at server scope and in a <VirtualHost> (issue 10 item 3; spec §2.1,
 * §3) on a real Apache: a server list applies to vhosts without one, a vhost list replaces it (the server's
 * groups are not added), a <Directory> list replaces the vhost's, an empty vhost list denies even the server's
 * groups; a server-scope WSGIProcessGroup runs where neither vhost nor directory sets one, a vhost's replaces
 * it; a mount's process-group= outside any <Directory> meets the vhost's list. resolve() predicts each answer.
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
import type { WsgiMount } from '../../../libs/apache/src/model/server-model.js';
// The unchecked writer: the placements that answer 500 are exactly what render() refuses, and Apache's answer
// to them is the point of this suite.
import { SERVER_CONFIG_PATH, writeFiles } from '../../../libs/apache/src/render/write-files.js';
import { compareRequest, isMatch } from '../compare/compare-request.js';
import { createResolver, validate, type ServerModel } from '../engine.js';
import { oracleServer, tenant, tenantGroup, virtualHost, wsgiDirectory } from '../proof/oracle-model.js';

const A = 'a.example'; // no list, no WSGIProcessGroup: the server's apply
const B = 'b.example'; // its own list [bob:3] and WSGIProcessGroup bob:3
const C = 'c.example'; // an empty list of its own

function mount(id: string, vhostId: string, urlPath: string, script: string, group: string): WsgiMount {
  return {
    id,
    virtualHostId: vhostId,
    tenantId: null,
    urlPath,
    urlPattern: null,
    script,
    processGroup: group,
    applicationGroup: null,
    callableObject: null,
    passAuthorization: null,
  };
}

export function buildModel(root: string, port: number): ServerModel {
  const home = `${root}/home/bob`;
  const dir = (id: string, vhostId: string, name: string, extra: Parameters<typeof wsgiDirectory>[3] = {}) =>
    wsgiDirectory(id, vhostId, `${home}/${name}`, { urlPath: `/${name}`, ...extra });
  const env = (group: string) => ({ processGroup: '%{ENV:PROCESS_GROUP}', env: { PROCESS_GROUP: group } });
  return {
    ...oracleServer(root, {
      tenants: [tenant('bob')],
      // Global groups: visible from every vhost, so only the lists decide.
      daemonGroups: ['bob:1', 'bob:2', 'bob:3'].map((n) => tenantGroup(n, 'bob', null)),
      virtualHosts: [
        virtualHost('va', A, { addresses: [`*:${port}`] }),
        virtualHost('vb', B, { addresses: [`*:${port}`], restrictProcess: ['bob:3'], processGroup: 'bob:3' }),
        virtualHost('vc', C, { addresses: [`*:${port}`], restrictProcess: [] }),
      ],
      directories: [
        dir('a-plain', 'va', 'a-plain'),
        dir('a-env2', 'va', 'a-env2', env('bob:2')),
        dir('a-env3', 'va', 'a-env3', env('bob:3')),
        dir('b-plain', 'vb', 'b-plain'),
        dir('b-one', 'vb', 'b-one', { processGroup: 'bob:1' }),
        dir('b-narrow', 'vb', 'b-narrow', { restrictProcess: ['bob:2'] }),
        dir('b-narrow2', 'vb', 'b-narrow2', { restrictProcess: ['bob:2'], processGroup: 'bob:2' }),
        dir('c-plain', 'vc', 'c-plain'),
        dir('c-own', 'vc', 'c-own', { restrictProcess: ['bob:1'] }),
      ],
    }),
    restrictProcess: ['bob:1', 'bob:2'],
    processGroup: 'bob:1',
    wsgiMounts: [
      mount('m-b1', 'vb', '/mount1', `${home}/loose/app.wsgi`, 'bob:1'),
      mount('m-b3', 'vb', '/mount3', `${home}/loose/app.wsgi`, 'bob:3'),
    ],
  };
}

/** [host, path, status, process group]: what mod_wsgi's merge (spec §3) says Apache does. */
export const EXPECTED: [string, string, number, string | null][] = [
  // Server-scope WSGIProcessGroup bob:1 under the server-scope list [bob:1 bob:2].
  [A, '/a-plain/app.wsgi', 200, 'bob:1'],
  [A, '/a-env2/app.wsgi', 200, 'bob:2'],
  // bob:3 is not in the server's list, which applies in a vhost without one.
  [A, '/a-env3/app.wsgi', 500, null],
  // The vhost's WSGIProcessGroup bob:3 replaces the server's bob:1 and its list [bob:3] replaces [bob:1 bob:2].
  [B, '/b-plain/app.wsgi', 200, 'bob:3'],
  // bob:1 is in the server's list, but the vhost's list replaced it: refused.
  [B, '/b-one/app.wsgi', 500, null],
  // A directory list [bob:2] replaces the vhost's [bob:3]: the vhost's own group is refused there.
  [B, '/b-narrow/app.wsgi', 500, null],
  [B, '/b-narrow2/app.wsgi', 200, 'bob:2'],
  // A mount outside any <Directory>: its process-group= meets the vhost's list.
  [B, '/mount1', 500, null],
  [B, '/mount3', 200, 'bob:3'],
  // An empty vhost list replaces the server's list too, and denies everything.
  [C, '/c-plain/app.wsgi', 500, null],
  [C, '/c-own/app.wsgi', 200, 'bob:1'],
];

describeWithApache(
  'WSGIRestrictProcess / WSGIProcessGroup at server and vhost scope on a real Apache',
  () => {
    let apache: ApacheInstance;
    let model: ServerModel;

    beforeAll(async () => {
      ensureUnixUsers(['bob']);
      apache = await ApacheInstance.create();
      model = buildModel(apache.root, apache.port);
      const written = writeRenderedFiles(apache, writeFiles(model), model.configDir);
      for (const d of model.directories) apache.writeFile(`${d.path}/app.wsgi`, PROBE_WSGI_SOURCE);
      apache.writeFile(`${apache.root}/home/bob/loose/app.wsgi`, PROBE_WSGI_SOURCE);
      apache.includeFiles = [written.get(SERVER_CONFIG_PATH) ?? ''];
      await apache.start();
    });

    afterAll(async () => {
      await apache?.dispose();
    });

    it('renders the server lines at global scope and the vhost list inside its <VirtualHost>', () => {
      const include = writeFiles(model).find((f) => f.path === SERVER_CONFIG_PATH)?.content ?? '';
      const global = include.slice(0, include.indexOf('<VirtualHost'));
      expect(global).toContain('WSGIRestrictProcess bob:1 bob:2\n');
      expect(global).toContain('WSGIProcessGroup bob:1\n');
      expect(include).toMatch(
        /ServerName b\.example[\s\S]*WSGIRestrictProcess bob:3\n[\s\S]*WSGIProcessGroup bob:3/,
      );
    });

    it.each(EXPECTED)('%s%s gives %i in %s', async (host, path, status, group) => {
      const response = await apache.request(host, path);
      expect([response.status, response.probe?.process_group ?? null]).toEqual([status, group]);
    });

    it('resolve() predicts every request, with mod_wsgi’s error texts', async () => {
      const resolver = createResolver(model, { fileExists: existsSync });
      const comparisons = [];
      for (const [host, path] of EXPECTED) {
        comparisons.push(
          await compareRequest(apache, host, path, resolver({ host, path, port: apache.port })),
        );
      }
      expect(comparisons.filter((c) => !isMatch(c))).toEqual([]);
    });

    it('resolve() names the list in force and where it was written', () => {
      const resolver = createResolver(model);
      const source = (host: string, path: string) =>
        resolver({ host, path, port: apache.port }).trace.find((t) => t.step === 'restrict-list')?.source;
      expect(source(A, '/a-env3/app.wsgi')).toBe('server-scope WSGIRestrictProcess bob:1 bob:2');
      expect(source(B, '/b-one/app.wsgi')).toBe(`<VirtualHost *:${apache.port}> WSGIRestrictProcess bob:3`);
      expect(source(B, '/b-narrow/app.wsgi')).toBe(
        `<Directory ${apache.root}/home/bob/b-narrow> WSGIRestrictProcess bob:2`,
      );
      const group = resolver({ host: A, path: '/a-plain/app.wsgi', port: apache.port }).trace.find(
        (t) => t.step === 'process-group',
      );
      expect(group?.source).toBe('server-scope WSGIProcessGroup bob:1 (the vhost sets none)');
    });

    it('validation refuses exactly the placements that always answer 500, and warns where an inherited group is refused', () => {
      const found = (severity: string) =>
        validate(model)
          .filter((d) => d.severity === severity)
          .map((d) => `${d.code} ${d.path}`)
          .sort();
      expect(found('error')).toEqual([
        'GROUP_NOT_IN_RESTRICT_LIST /directories/a-env3/env/PROCESS_GROUP',
        'GROUP_NOT_IN_RESTRICT_LIST /directories/b-one/processGroup',
        'MOUNT_GROUP_NOT_IN_RESTRICT_LIST /wsgi-mounts/m-b1/processGroup',
      ]);
      expect(found('warning')).toEqual(
        expect.arrayContaining([
          'EMPTY_RESTRICT_LIST /virtual-hosts/vc/restrictProcess',
          'INHERITED_GROUP_NOT_IN_RESTRICT_LIST /directories/b-narrow/restrictProcess',
          'INHERITED_GROUP_NOT_IN_RESTRICT_LIST /virtual-hosts/vc/restrictProcess',
        ]),
      );
    });
  },
);
