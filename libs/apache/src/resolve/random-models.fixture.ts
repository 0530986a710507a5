import fc from 'fast-check';
import type {
  DaemonGroup,
  Directory,
  HtaccessRule,
  OverrideClass,
  ServerModel,
  VirtualHost,
} from '../model/server-model.js';
import type { ResolveRequest } from './resolve-outcome.js';

/**
 * Small random models for the resolver's property specs. The value pools are tiny on purpose, so names,
 * paths and ids collide often: shared ServerNames, wildcard aliases, `/a` vs `/a/`, several .htaccess
 * sources for one path, literal and wildcard `<Files>`, broken `<FilesMatch>`.
 */

const VHOST_IDS = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6'];
const DIRECTORY_IDS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'];
const GROUPS = ['g1', 'g2', 'G1', 'g3'];

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
const orNull = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });

const env = fc.dictionary(
  pick(['PG', 'pg', 'OTHER']),
  pick(['g1', 'g2', 'G1', '%{GLOBAL}', '%{ENV:OTHER}']),
  {
    maxKeys: 2,
  },
);

const vhostBody = fc.record({
  serverName: pick(['a.ex', 'b.ex', 'A.ex', 'c.ex:8080', 'https://b.ex', '', 'a.ex:80', '*.ex']),
  serverAliases: fc.array(pick(['w.ex', '*.ex', 'a.ex', '?.ex', 'x.*', 'W.EX', 'b.ex']), { maxLength: 3 }),
  addresses: fc.array(pick(['*:80', '*:8080', '*', '10.0.0.1:80', '[::1]:80']), { maxLength: 2 }),
  documentRoot: orNull(pick(['/srv/a', '/srv/a/b', '/srv', '/srv/a/'])),
  processGroup: orNull(pick(['%{ENV:PG}', 'g1', '%{GLOBAL}', '%{SERVER}', 'g2'])),
  applicationGroup: orNull(pick(['%{GLOBAL}', '%{RESOURCE}', 'app'])),
  env,
  processGroupMap: orNull(
    fc.record({
      variable: pick(['PG', 'pg']),
      fallback: pick(['g1', 'g2']),
      entries: fc.array(
        fc.record({ uri: pick(['/app.wsgi', '/x/app.wsgi', '/x']), processGroup: pick(GROUPS) }),
        { maxLength: 3 },
      ),
    }),
  ),
});

const daemon: fc.Arbitrary<DaemonGroup> = fc.record({
  id: pick(['dg1', 'dg2', 'dg3']),
  name: pick(GROUPS),
  virtualHostId: orNull(pick(VHOST_IDS)),
  tenantId: fc.constant(null),
  processes: fc.constant(null),
  threads: fc.constant(null),
  user: orNull(pick(['u1', 'u2'])),
  group: orNull(pick(['u1', 'grp'])),
  options: fc.constant({}),
});

/** `<Files>` globs: literal names (the fast path), wildcards, classes, an invalid class range. */
export const FILES_GLOBS = [
  'app.wsgi',
  'bpp.wsgi',
  '*.wsgi',
  'a?p.wsgi',
  '[a-c]pp.wsgi',
  '[!a]pp.wsgi',
  '[z-a].wsgi',
  '\\*.wsgi',
  'x]y',
  'a.b',
  '',
];

const rule: fc.Arbitrary<HtaccessRule> = fc.oneof(
  fc.record({ files: pick(FILES_GLOBS), processGroup: pick(GROUPS) }),
  fc.record({
    filesMatch: pick(['^app', '(', 'wsgi$', '^b']),
    processGroup: pick(GROUPS),
    variable: pick(['PG', 'pg', 'OTHER']),
  }),
);

const directoryBody = fc.record({
  virtualHostId: pick(VHOST_IDS),
  tenantId: fc.constant('t'),
  path: pick(['/srv/a', '/srv/a/', '/srv/a/b', '/srv', '/', '/srv/a//', '/srv/a/x']),
  urlPath: orNull(pick(['/x', '/x/y', '/app'])),
  allowOverride: fc.subarray<OverrideClass>(['None', 'FileInfo', 'All', 'AuthConfig']),
  options: fc.subarray(['ExecCGI', '+ExecCGI', '-ExecCGI', 'Indexes']),
  handlers: fc.array(
    fc.record({
      handler: pick(['wsgi-script', 'cgi-script', 'application/x-httpd-wsgi']),
      extensions: fc.subarray(['.wsgi', 'py', '.WSGI']),
    }),
    { maxLength: 3 },
  ),
  restrictProcess: orNull(fc.subarray(['g1', 'G2', 'g3', '%{GLOBAL}'])),
  processGroup: orNull(pick(['g2', '%{ENV:PG}', 'G1'])),
  env,
  rules: fc.array(rule, { maxLength: 4 }),
});

/** Unique ids (as the database gives them), so the rendered order (name/path, then id) is total. */
function withIds<T>(bodies: T[], ids: readonly string[]): (T & { id: string })[] {
  return bodies.map((body, i) => ({ ...body, id: ids[i] as string }));
}

export const randomModel: fc.Arbitrary<ServerModel> = fc
  .record({
    modWsgiVersion: pick(['4.9', '5.0', '6.0'] as const),
    restrictEmbedded: fc.boolean(),
    virtualHosts: fc.array(vhostBody, { maxLength: VHOST_IDS.length }),
    daemonGroups: fc.array(daemon, { maxLength: 5 }),
    directories: fc.array(directoryBody, { maxLength: DIRECTORY_IDS.length }),
  })
  .map((parts) => ({
    id: 'srv',
    name: 'srv',
    socketPrefix: null,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: '/etc/apache2/hostplane',
    tenants: [],
    ...parts,
    virtualHosts: withIds<Omit<VirtualHost, 'id'>>(parts.virtualHosts, VHOST_IDS),
    directories: withIds<Omit<Directory, 'id'>>(parts.directories, DIRECTORY_IDS),
  }));

export const randomRequest: fc.Arbitrary<ResolveRequest> = fc.record(
  {
    host: pick(['a.ex', 'A.EX:8080', 'w.ex', 'q.ex', 'x.y', 'b.ex.', '', 'c.ex', 'zz.ex:80']),
    path: pick([
      '/app.wsgi',
      '/x/app.wsgi',
      '/x/y/bpp.wsgi',
      '/a/b/app.wsgi',
      '/b/app.wsgi',
      '/a/x/*.wsgi',
      '/a/x]y',
      '/a/b/',
      '/x/missing.wsgi',
      '/',
      '/app',
    ]),
    port: pick([80, 8080, 443]),
  },
  { requiredKeys: ['host', 'path'] },
);
