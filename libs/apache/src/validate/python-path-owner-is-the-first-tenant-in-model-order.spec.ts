/**
 * PYTHON_PATH_OF_ANOTHER_TENANT names the first other tenant, in model order, one of whose roots (home or
 * directories) contains the path — also when roots nest (a directory of one tenant inside another's home).
 * The rule looks the path's ancestors up in an index instead of scanning every tenant per group, so 10k
 * venv-backed groups validate in linear time (docs/benchmarks.md); this pins that the answer did not change.
 */
import { describe, expect, it } from '@jest/globals';
import type { Directory, ServerModel, Tenant } from '../model/server-model.js';
import { validate } from './validate.js';

const tenant = (name: string, homeDirectory: string): Tenant => ({
  id: `t-${name}`,
  name,
  unixUser: name,
  unixGroup: name,
  homeDirectory,
});

function model(tenants: Tenant[], pythonHome: string): ServerModel {
  const shared: Directory = {
    id: 'd-b',
    virtualHostId: 'v',
    tenantId: 't-b',
    path: '/srv/a/shared',
    urlPath: '/shared',
    allowOverride: ['None'],
    options: [],
    handlers: [],
    restrictProcess: null,
    processGroup: null,
    env: {},
    rules: [],
  };
  return {
    id: 's',
    name: 's',
    modWsgiVersion: '4.9',
    socketPrefix: null,
    restrictEmbedded: true,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: '/etc/apache2/hostplane',
    tenants,
    daemonGroups: [
      {
        id: 'g',
        name: 'c:1',
        virtualHostId: null,
        tenantId: 't-c',
        processes: 1,
        threads: 2,
        user: 'c',
        group: 'c',
        options: { 'python-home': pythonHome },
      },
    ],
    virtualHosts: [
      {
        id: 'v',
        serverName: 'www.site.com',
        serverAliases: [],
        addresses: ['*:80'],
        documentRoot: null,
        processGroup: null,
        applicationGroup: null,
        env: {},
        processGroupMap: null,
      },
    ],
    directories: [shared],
  };
}

const named = (m: ServerModel) =>
  validate(m)
    .filter((d) => d.code === 'PYTHON_PATH_OF_ANOTHER_TENANT')
    .map((d) => d.message);

describe('the tenant a python-home belongs to', () => {
  const a = tenant('a', '/srv/a');
  const b = tenant('b', '/srv/b');
  const c = tenant('c', '/srv/c');

  it("a path in b's directory inside a's home names whichever of a and b comes first", () => {
    expect(named(model([a, b, c], '/srv/a/shared/venv'))).toEqual([
      "/srv/a/shared/venv lies in tenant a's files",
    ]);
    expect(named(model([b, a, c], '/srv/a/shared/venv'))).toEqual([
      "/srv/a/shared/venv lies in tenant b's files",
    ]);
  });

  it("a path only in a's home names a; the group's own home, a prefix lookalike and a root are not another's", () => {
    expect(named(model([a, b, c], '/srv/a/venv'))).toEqual(["/srv/a/venv lies in tenant a's files"]);
    expect(named(model([a, b, c], '/srv/c/venv'))).toEqual([]);
    expect(named(model([a, b, c], '/srv/ab/venv'))).toEqual([]);
    expect(named(model([a, b, c], '/srv/a'))).toEqual(["/srv/a lies in tenant a's files"]);
  });

  it('with a repeated tenant id the last tenant of that id is the one, as in every other lookup', () => {
    const repeated: Tenant = { ...tenant('b', '/srv/b'), id: 't-a' };
    expect(named(model([a, repeated, c], '/srv/a/venv'))).toEqual([]);
    expect(named(model([a, repeated, c], '/srv/b/venv'))).toEqual(["/srv/b/venv lies in tenant b's files"]);
  });
});
