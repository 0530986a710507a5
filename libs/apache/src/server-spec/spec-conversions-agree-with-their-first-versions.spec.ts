import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import type { ServerModel, Tenant } from '../model/server-model.js';
import { randomModel } from '../resolve/random-models.fixture.js';
import {
  firstModelOfSpec,
  firstSpecOfModel,
  firstVirtualHostKeys,
} from './first-spec-conversions.fixture.js';
import { modelOfSpec, type SpecModel } from './model-of-spec.js';
import {
  SERVER_SPEC_API_VERSION,
  type DaemonGroupSpec,
  type DirectorySpec,
  type ServerSpec,
  type WsgiMountSpec,
} from './server-spec.js';
import { specOfModel } from './spec-of-model.js';
import { virtualHostKeys } from './virtual-host-keys.js';

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);

const TENANTS: Tenant[] = [
  { id: 'tn-a', name: 'a', unixUser: 'a', unixGroup: 'a', homeDirectory: '/home/a' },
  { id: 'tn-b', name: 'b', unixUser: 'b', unixGroup: 'b', homeDirectory: null },
];
const tenantName = pick(['a', 'b', 'c', 'A']);

// Names that repeat, differ only in case, and sort differently lower-cased ("t10" before "t1:", "B" after "a").
const group: fc.Arbitrary<DaemonGroupSpec> = fc.record({
  name: pick(['t1:1', 't1:2', 'T1:1', 't10:1', 'g', 'G', 'a', 'B']),
  virtualHost: fc.option(pick(['a.ex', 'A.EX', 'b.ex', 'b.ex@*:80', 'none.ex']), { nil: null }),
  tenant: fc.option(tenantName, { nil: null }),
  processes: fc.constant(null),
  threads: fc.constant(null),
  user: fc.constant(null),
  group: fc.constant(null),
  options: fc.constant({}),
});

const directory: fc.Arbitrary<DirectorySpec> = fc.record({
  path: pick(['/srv/a', '/srv/a/', '/srv/b', '/srv', '/']),
  tenant: tenantName,
  urlPath: fc.option(pick(['/x', '/app']), { nil: null }),
  allowOverride: fc.constant(['FileInfo' as const]),
  options: fc.constant([]),
  handlers: fc.constant([]),
  restrictProcess: fc.constant(null),
  processGroup: fc.constant(null),
  env: fc.constant({}),
  htaccess: fc.array(fc.record({ files: pick(['a.wsgi', 'b.wsgi']), processGroup: pick(['g', 'G']) }), {
    maxLength: 2,
  }),
});

const mount: fc.Arbitrary<WsgiMountSpec> = fc.oneof(
  fc.record({ urlPath: pick(['/', '/app', '/x']), script: pick(['/s/a.wsgi', '/s/b.wsgi']) }),
  fc.record(
    { urlPattern: pick(['^/api', '^/x']), script: pick(['/s/a.wsgi']), tenant: tenantName },
    { requiredKeys: ['urlPattern', 'script'] },
  ),
);

// A few directories or many (a long list is checked for repeats another way), mounts or none.
const vhost = fc.record({
  key: fc.option(pick(['b.ex@*:80', 'B.EX@*:80', 'k']), { nil: undefined }),
  serverName: pick(['a.ex', 'A.EX', 'b.ex', 'c.ex']),
  directories: fc.oneof(
    fc.array(directory, { maxLength: 4 }),
    fc.array(directory, { minLength: 9, maxLength: 14 }),
  ),
  wsgiMounts: fc.option(fc.array(mount, { maxLength: 3 }), { nil: undefined }),
});

/** A document that is not an export: repeated and unknown keys, any order, case variants. */
const document: fc.Arbitrary<ServerSpec> = fc
  .record({
    tenants: fc.array(
      fc.record({
        name: tenantName,
        unixUser: pick(['u']),
        unixGroup: pick(['u']),
        homeDirectory: fc.constant(null),
      }),
      { maxLength: 3 },
    ),
    daemonGroups: fc.oneof(
      fc.array(group, { maxLength: 8 }),
      // In the export's order, as the import's documents always are.
      fc.array(group, { maxLength: 8 }).map((gs) => [...gs].sort((a, b) => compareLower(a.name, b.name))),
    ),
    virtualHosts: fc.array(vhost, { maxLength: 5 }),
  })
  .map((parts) => ({
    apiVersion: SERVER_SPEC_API_VERSION,
    server: {
      modWsgiVersion: '5.0',
      restrictEmbedded: false,
      socketPrefix: null,
      apacheUser: 'www-data',
      apacheGroup: 'www-data',
      configDir: '/etc/apache2/hostplane',
      pythonVersion: null,
    },
    ...parts,
    virtualHosts: parts.virtualHosts.map((v) => {
      const { key, wsgiMounts, ...rest } = v;
      return {
        ...(key !== undefined ? { key } : {}),
        ...rest,
        serverAliases: [],
        addresses: ['*:80'],
        documentRoot: null,
        processGroup: null,
        applicationGroup: null,
        env: {},
        processGroupMap: null,
        ...(wsgiMounts !== undefined ? { wsgiMounts } : {}),
      };
    }),
  }));

function compareLower(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

const empty = (model: ServerModel): ServerModel => ({
  ...model,
  daemonGroups: [],
  virtualHosts: [],
  directories: [],
  tenants: [],
  wsgiMounts: [],
});

/** The whole answer, pointers as their entries in order. */
function said(read: SpecModel): string {
  return JSON.stringify([read.model, [...read.pointers], read.diagnostics]);
}

describe('the spec conversions agree with their first versions', () => {
  it('modelOfSpec reads any document, over any server, as the first version did', () => {
    const current = fc.oneof(randomModel, fc.constant(richSeed()));
    fc.assert(
      fc.property(
        fc.oneof(
          document,
          current.map((m) => specOfModel(m)),
        ),
        current,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (spec, model, useCurrent, prune, shareRules, withKeys) => {
          const over = useCurrent ? model : empty(model);
          const options = {
            prune,
            shareRules,
            ...(withKeys ? { currentKeys: virtualHostKeys(over.virtualHosts) } : {}),
          };
          const known = useCurrent ? TENANTS : [];
          const first = firstModelOfSpec(spec, over, known, options);
          const read = modelOfSpec(spec, over, known, options);
          expect(said(read)).toBe(said(first));
          expect(read.model).toEqual(first.model);
          expect([...read.pointers]).toEqual([...first.pointers]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("modelOfSpec's pointers answer their first read, whichever it is, as the Map did", () => {
    const reads: ((map: ReadonlyMap<string, string>) => unknown)[] = [
      (map) => map.size,
      (map) => [...map.keys()],
      (map) => [...map.values()],
      (map) => [...map.entries()],
      (map) => [...map],
      (map) => {
        const seen: unknown[] = [];
        map.forEach((value, key, self) => seen.push([key, value, self === map]));
        return seen;
      },
      (map) => [...map.keys()].map((key) => [map.get(key), map.has(key)]),
      (map) => [map.get('new:vhost:a.ex'), map.has('new:vhost:a.ex'), map.get('x'), map.has('x')],
      (map) => map instanceof Map,
    ];
    fc.assert(
      fc.property(document, fc.integer({ min: 0, max: reads.length - 1 }), (spec, r) => {
        const model = empty(richSeed());
        const first = firstModelOfSpec(spec, model, TENANTS, { prune: true });
        const read = modelOfSpec(spec, model, TENANTS, { prune: true });
        expect(reads[r]!(read.pointers)).toEqual(reads[r]!(first.pointers));
      }),
      { numRuns: 500 },
    );
  });

  it('specOfModel exports any server byte for byte as the first version did', () => {
    // Handler mappings with their keys in another order, or another key besides: the export writes its own then;
    // vhosts with a restriction list.
    const oddHandlers = fc.tuple(randomModel, fc.nat()).map(([model, seed]) => ({
      ...model,
      virtualHosts: model.virtualHosts.map((v, i) =>
        (seed + i) % 2 === 0 ? { ...v, restrictProcess: ['g1', 'G2'] } : v,
      ),
      directories: model.directories.map((d, i) => ({
        ...d,
        handlers: d.handlers.map((h) =>
          (seed + i) % 3 === 0
            ? { extensions: h.extensions, handler: h.handler }
            : (seed + i) % 3 === 1
              ? { ...h, note: 'x' }
              : h,
        ),
      })),
    }));
    fc.assert(
      fc.property(
        fc.oneof(randomModel, oddHandlers, fc.constant(richSeed())),
        fc.boolean(),
        (model, share) => {
          const keys = virtualHostKeys(model.virtualHosts);
          expect(JSON.stringify(specOfModel(model, keys, share))).toBe(
            JSON.stringify(firstSpecOfModel(model, keys, share)),
          );
          expect(JSON.stringify(specOfModel(model))).toBe(JSON.stringify(firstSpecOfModel(model)));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('virtualHostKeys gives the keys of the first version, in its order', () => {
    // Names with a NUL, whose order texts (name, NUL, addresses) could tie or order unlike the names.
    const nulNamed = fc
      .array(
        fc.record({
          id: pick(['v1', 'v2', 'v3', 'v4']),
          serverName: pick(['a', 'A', 'a\u0000b', 'a\u0000', 'a\u0000B', 'b', 'a.b']),
          addresses: fc.array(pick(['', 'b', '\u0000b', '*:80']), { maxLength: 2 }),
        }),
        { maxLength: 5 },
      )
      .map((vhosts) => vhosts.map((v) => ({ ...richSeed().virtualHosts[0]!, ...v })));
    fc.assert(
      fc.property(
        fc.oneof(
          randomModel.map((model) => model.virtualHosts),
          nulNamed,
        ),
        (vhosts) => {
          expect([...virtualHostKeys(vhosts)]).toEqual([...firstVirtualHostKeys(vhosts)]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
