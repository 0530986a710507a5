/**
 * WSGIScriptAlias mounts (issue 10): mod_wsgi's own errors, visibility, the restriction list at the script's
 * location, a tenant's script inside its own directories with a group it may select, one owner per URL space.
 */
import { describe, expect, it } from '@jest/globals';
import type { Directory, ServerModel, WsgiMount } from '../model/server-model.js';
import { validate } from './validate.js';

const dir = (id: string, tenantId: string, path: string, extra: Partial<Directory> = {}): Directory => ({
  id,
  virtualHostId: 'v1',
  tenantId,
  path,
  urlPath: null,
  allowOverride: ['None'],
  options: [],
  handlers: [],
  restrictProcess: null,
  processGroup: null,
  env: {},
  rules: [],
  ...extra,
});

const group = (name: string, tenant: string, virtualHostId: string | null = 'v1') => ({
  id: `g-${name}`,
  name,
  virtualHostId,
  tenantId: `t-${tenant}`,
  processes: 1,
  threads: 2,
  user: tenant,
  group: tenant,
  options: {},
});

function model(mounts: Partial<WsgiMount>[]): ServerModel {
  return {
    id: 's',
    name: 's',
    modWsgiVersion: '4.9',
    socketPrefix: null,
    restrictEmbedded: true,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: '/etc/apache2/hostplane',
    tenants: ['bob', 'joe'].map((n) => ({ id: `t-${n}`, name: n, unixUser: n, unixGroup: n })),
    daemonGroups: [
      group('bob:1', 'bob'),
      group('bob:2', 'bob'),
      group('joe:1', 'joe'),
      group('far:1', 'bob', 'v2'),
    ],
    virtualHosts: ['v1', 'v2'].map((id) => ({
      id,
      serverName: id === 'v1' ? 'www.site.com' : 'other.com',
      serverAliases: [],
      addresses: ['*:80'],
      documentRoot: null,
      processGroup: null,
      applicationGroup: null,
      env: {},
      processGroupMap: null,
    })),
    directories: [
      dir('d-bob', 't-bob', '/home/bob', { restrictProcess: ['bob:1', 'bob:2'] }),
      dir('d-joe', 't-joe', '/home/joe', { urlPath: '/~joe' }),
    ],
    wsgiMounts: mounts.map((m, i) => ({
      id: `m${i}`,
      virtualHostId: 'v1',
      tenantId: 't-bob',
      urlPath: '/~bob/blog',
      urlPattern: null,
      script: '/home/bob/blog/wsgi.py',
      processGroup: 'bob:2',
      applicationGroup: '%{GLOBAL}',
      callableObject: null,
      passAuthorization: null,
      ...m,
    })),
  };
}

const codes = (mounts: Partial<WsgiMount>[]) =>
  validate(model(mounts))
    .filter((d) => d.path.startsWith('/wsgi-mounts/'))
    .map((d) => [d.code, d.path, d.apacheMessage ?? null]);

describe('WSGIScriptAlias mounts', () => {
  it("bob's Django-shaped mount in bob:2 is clean", () => {
    expect(codes([{}])).toEqual([]);
  });

  it("refuses joe:1: the restriction list at the script's location applies to process-group=", () => {
    expect(codes([{ processGroup: 'joe:1' }])).toEqual([
      [
        'MOUNT_GROUP_NOT_IN_RESTRICT_LIST',
        '/wsgi-mounts/m0/processGroup',
        "Daemon process called 'joe:1' cannot be accessed by this WSGI application as not a member of allowed groups",
      ],
      ['GROUP_NOT_ALLOWED_FOR_TENANT', '/wsgi-mounts/m0/processGroup', null],
    ]);
  });

  it("refuses a script in joe's directory for bob", () => {
    expect(codes([{ script: '/home/joe/app.py', urlPath: '/x' }])).toEqual([
      ['MOUNT_SCRIPT_OUTSIDE_TENANT_DIRECTORIES', '/wsgi-mounts/m0/script', null],
    ]);
  });

  it('names the config-time visibility error when both groups are literal', () => {
    expect(codes([{ tenantId: null, processGroup: 'far:1' }])).toEqual([
      ['GROUP_NOT_VISIBLE', '/wsgi-mounts/m0/processGroup', 'WSGI process group not accessible.'],
      [
        'MOUNT_GROUP_NOT_IN_RESTRICT_LIST',
        '/wsgi-mounts/m0/processGroup',
        "Daemon process called 'far:1' cannot be accessed by this WSGI application as not a member of allowed groups",
      ],
    ]);
    expect(codes([{ tenantId: null, processGroup: 'nope', script: '/srv/x.py' }])).toEqual([
      ['UNKNOWN_GROUP', '/wsgi-mounts/m0/processGroup', 'WSGI process group not yet configured.'],
    ]);
  });

  it("quotes mod_wsgi's texts for empty option values", () => {
    expect(
      codes([{ tenantId: null, script: '/srv/x.py', processGroup: null, applicationGroup: '' }]),
    ).toEqual([
      [
        'INVALID_APPLICATION_GROUP',
        '/wsgi-mounts/m0/applicationGroup',
        'Invalid name for WSGI application group.',
      ],
    ]);
  });

  it('one owner per URL space: mounts and Aliases of another tenant', () => {
    expect(codes([{}, { tenantId: null, script: '/srv/x.py', urlPath: '/~bob/blog/admin' }])).toEqual([
      ['MOUNT_URL_SPACE_TAKEN', '/wsgi-mounts/m1/urlPath', null],
    ]);
    expect(codes([{ urlPath: '/' }])).toEqual([['MOUNT_URL_SPACE_TAKEN', '/wsgi-mounts/m0/urlPath', null]]);
    expect(codes([{ urlPath: '/~joe/blog' }])).toEqual([
      ['MOUNT_SHADOWED_BY_ALIAS', '/wsgi-mounts/m0/urlPath', null],
    ]);
  });

  it("a tenant's mount must name its group", () => {
    expect(codes([{ processGroup: null }])).toEqual([
      ['MOUNT_PROCESS_GROUP_REQUIRED', '/wsgi-mounts/m0/processGroup', null],
    ]);
  });

  it('ten thousand mounts on one vhost are compared by first segment, not pairwise', () => {
    const mounts = Array.from({ length: 10_000 }, (_, i) => ({
      tenantId: null,
      urlPath: `/app${i}/x`,
      script: `/srv/app${i}.py`,
      processGroup: null,
      applicationGroup: null,
    }));
    const started = performance.now();
    expect(codes(mounts)).toEqual([]);
    // Pairwise this is 50M comparisons (seconds); bucketed it is a few ms on a shared CI core.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
