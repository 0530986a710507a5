import { describe, expect, it } from '@jest/globals';
import type { ModWsgiVersion, ServerModel } from '../model/server-model.js';
import { resolve } from './index.js';
import { daemon, server, vhost, wsgiDirectory } from './spec-models.fixture.js';

/**
 * One model per failure of spec §2.6, each reached through the request path below /srv/site:
 * the table gives 4.9.4's text and the 6.x text (message id prefix, final period).
 */
function model(version: ModWsgiVersion, withDaemons = true): ServerModel {
  const m = server({
    virtualHosts: [
      vhost('v1', 'www.site.com', {
        documentRoot: '/srv/site',
        processGroup: '%{ENV:PROCESS_GROUP}',
        env: { PROCESS_GROUP: 'bob:1' },
      }),
      vhost('v2', 'other.com'),
    ],
    daemonGroups: withDaemons
      ? [daemon('bob:1', 'v1', 'bob', 'bob'), daemon('joe:1', 'v2', 'joe', 'joe')]
      : [],
    directories: [
      wsgiDirectory('d-list', 'v1', '/srv/site/list', {
        restrictProcess: ['bob:1', 'ghost', 'joe:1', '%{GLOBAL}'],
      }),
      wsgiDirectory('d-noexec', 'v1', '/srv/site/noexec', { options: ['Indexes'] }),
      wsgiDirectory('d-strict', 'v1', '/srv/site/strict', {
        restrictProcess: ['bob:1'],
        env: { PROCESS_GROUP: 'joe:1' },
      }),
      wsgiDirectory('d-ghost', 'v1', '/srv/site/ghost', { env: { PROCESS_GROUP: 'ghost' } }),
      wsgiDirectory('d-foreign', 'v1', '/srv/site/foreign', { env: { PROCESS_GROUP: 'joe:1' } }),
      wsgiDirectory('d-embedded', 'v1', '/srv/site/embedded', { env: { PROCESS_GROUP: '%{GLOBAL}' } }),
    ],
  });
  m.modWsgiVersion = version;
  m.restrictEmbedded = true;
  return m;
}

const CASES: [name: string, path: string, status: number, text: string, id: string][] = [
  [
    'not in the restriction list',
    '/strict/app.wsgi',
    500,
    "Daemon process called 'joe:1' cannot be accessed by this WSGI application as not a member of allowed groups",
    'WSGI0149',
  ],
  [
    'an unknown name',
    '/ghost/app.wsgi',
    500,
    "No WSGI daemon process called 'ghost' has been configured",
    'WSGI0151',
  ],
  [
    'a group of another ServerName',
    '/foreign/app.wsgi',
    500,
    "Daemon process called 'joe:1' cannot be accessed by this WSGI application",
    'WSGI0152',
  ],
  [
    'embedded mode disabled',
    '/embedded/app.wsgi',
    500,
    'Embedded mode of mod_wsgi disabled by runtime configuration',
    'WSGI0143',
  ],
  ['ExecCGI off', '/noexec/app.wsgi', 403, 'Options ExecCGI is off in this directory', 'WSGI0134'],
];

const request = (path: string) => ({ host: 'www.site.com', path });

describe('mod_wsgi’s runtime error texts per version (spec §2.6)', () => {
  it.each(CASES)('%s: 4.9 and 5.0 log the plain text', (_name, path, status, text) => {
    for (const version of ['4.9', '5.0'] as const) {
      expect(resolve(model(version), request(path))).toMatchObject({ status, error: text });
    }
  });

  it.each(CASES)(
    '%s: 6.0 prefixes the message id and ends with a period',
    (_name, path, status, text, id) => {
      expect(resolve(model('6.0'), request(path))).toMatchObject({ status, error: `${id}: ${text}.` });
    },
  );

  it('a missing script: WSGI0135 on 6.0, the plain text on 4.9', () => {
    const env = { fileExists: () => false };
    const text = 'Target WSGI script not found or unable to stat';
    expect(resolve(model('6.0'), request('/list/gone.wsgi'), env)).toMatchObject({
      status: 404,
      error: `WSGI0135: ${text}.`,
    });
    expect(resolve(model('4.9'), request('/list/gone.wsgi'), env)).toMatchObject({
      status: 404,
      error: text,
    });
  });

  it('no daemon group at all: 6.0 logs WSGI0150 instead of WSGI0151; 4.9 has one text for both', () => {
    const text = "No WSGI daemon process called 'bob:1' has been configured";
    expect(resolve(model('6.0', false), request('/list/app.wsgi'))).toMatchObject({
      status: 500,
      error: `WSGI0150: ${text}.`,
    });
    expect(resolve(model('4.9', false), request('/list/app.wsgi'))).toMatchObject({
      status: 500,
      error: text,
    });
  });
});
