/**
 * checkPythonPaths finds a path's owners by looking its prefixes up in one map of every tenant root. This holds it
 * equal to the plain definition on generated servers: a root contains a path when the root followed by "/" starts the
 * path followed by "/"; the owner named is the first other tenant in model order with such a root (roots with and
 * without a trailing "/", "/" itself, nested homes and directories, repeated tenant ids).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { DaemonGroup, Diagnostic, Directory, ServerModel, Tenant } from '../model/index.js';
import { homeOf } from './python-paths.rule.js';
import { validate } from './validate.js';

const ROOTS = [
  '/',
  '/srv',
  '/srv/',
  '/srv/a',
  '/srv/a/',
  '/srv/ab',
  '/srv/a/x',
  '/srv/a/x/',
  '/srv/b',
  '/home/a',
];
const VALUES = [
  '/srv/a',
  '/srv/a/',
  '/srv/a/x',
  '/srv/a/x/venv',
  '/srv/ab/venv',
  '/srv/b/venv',
  '/home/a/venv',
  '/opt/v',
];
const TENANT_IDS = ['t-a', 't-b', 't-c'];

const tenant = fc.record({
  id: fc.constantFrom(...TENANT_IDS),
  name: fc.constantFrom('a', 'b', 'c'),
  home: fc.option(fc.constantFrom(...ROOTS), { nil: null }),
});

const server = fc.record({
  tenants: fc.array(tenant, { minLength: 1, maxLength: 4 }),
  directories: fc.array(
    fc.record({ tenantId: fc.constantFrom(...TENANT_IDS, 't-unknown'), path: fc.constantFrom(...ROOTS) }),
    { maxLength: 4 },
  ),
  groups: fc.array(
    fc.record({
      tenantId: fc.option(fc.constantFrom(...TENANT_IDS), { nil: null }),
      home: fc.option(fc.constantFrom(...VALUES), { nil: undefined }),
      path: fc.option(
        fc.array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 2 }).map((v) => v.join(':')),
        { nil: undefined },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

type Server = typeof server extends fc.Arbitrary<infer T> ? T : never;

function modelOf(s: Server): ServerModel {
  const tenants: Tenant[] = s.tenants.map((t) => ({
    id: t.id,
    name: t.name,
    unixUser: t.name,
    unixGroup: t.name,
    homeDirectory: t.home,
  }));
  const directories: Directory[] = s.directories.map((d, i) => ({
    id: `d${i}`,
    virtualHostId: 'v',
    tenantId: d.tenantId,
    path: d.path,
    urlPath: null,
    allowOverride: ['None'],
    options: [],
    handlers: [],
    restrictProcess: null,
    processGroup: null,
    env: {},
    rules: [],
  }));
  const daemonGroups: DaemonGroup[] = s.groups.map((g, i) => ({
    id: `g${i}`,
    name: `p:${i}`,
    virtualHostId: null,
    tenantId: g.tenantId,
    processes: 1,
    threads: 1,
    user: 'u',
    group: 'u',
    options: {
      ...(g.home !== undefined ? { 'python-home': g.home } : {}),
      ...(g.path !== undefined ? { 'python-path': g.path } : {}),
    },
  }));
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
    daemonGroups,
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
    directories,
  };
}

const slash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** The ownership diagnostics by definition: every root of every tenant compared with every path. */
function byScan(model: ServerModel): Pick<Diagnostic, 'code' | 'path' | 'message'>[] {
  const byId = new Map(model.tenants.map((t) => [t.id, t]));
  const firstAt = (id: string) => model.tenants.findIndex((t) => t.id === id);
  const roots = (t: Tenant) => [
    homeOf(t),
    ...model.directories.filter((d) => byId.get(d.tenantId) === t).map((d) => d.path),
  ];
  const contains = (t: Tenant, value: string) => roots(t).some((r) => slash(value).startsWith(slash(r)));
  const out: Pick<Diagnostic, 'code' | 'path' | 'message'>[] = [];
  for (const g of model.daemonGroups) {
    for (const option of ['python-home', 'python-path'] as const) {
      const raw = g.options[option];
      if (typeof raw !== 'string' || g.tenantId === null) continue;
      const path = `/daemon-groups/${g.id}/options/${option}`;
      for (const value of raw.split(':')) {
        const others = [...byId.values()]
          .filter((t) => t.id !== g.tenantId && contains(t, value))
          .sort((x, y) => firstAt(x.id) - firstAt(y.id));
        const own = [...byId.values()].some((t) => t.id === g.tenantId && contains(t, value));
        if (others.length > 0) {
          out.push({
            code: 'PYTHON_PATH_OF_ANOTHER_TENANT',
            path,
            message: `${value} lies in tenant ${others[0]!.name}'s files`,
          });
          break;
        }
        if (!own) {
          out.push({
            code: 'PYTHON_PATH_OUTSIDE_TENANT',
            path,
            message: `${value} is outside the tenant's home and directories; a tenant's group may only use its own virtualenvs and code`,
          });
          break;
        }
      }
    }
  }
  return out;
}

describe('python path ownership', () => {
  it('equals a scan of every tenant root', () => {
    let named = 0;
    fc.assert(
      fc.property(server, (s) => {
        const model = modelOf(s);
        const found = validate(model)
          .filter(
            (d) => d.code === 'PYTHON_PATH_OF_ANOTHER_TENANT' || d.code === 'PYTHON_PATH_OUTSIDE_TENANT',
          )
          .map(({ code, path, message }) => ({ code, path, message }));
        const expected = byScan(model);
        named += expected.filter((d) => d.code === 'PYTHON_PATH_OF_ANOTHER_TENANT').length;
        expect(found).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
    // Owners are named often enough for the comparison to mean something.
    expect(named).toBeGreaterThan(300);
  });
});
