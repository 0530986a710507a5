import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { DaemonOptionValue, ServerModel } from '../model/server-model.js';
import { DAEMON_OPTIONS } from '../wsgi/daemon-option-table.js';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { buildModelIndex } from './model-index.js';
import { validate, validateDirectory } from './validate.js';

type Mutation = (m: ServerModel) => void;

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '%{GLOBAL}',
    '%{ENV:PROCESS_GROUP}',
    'bob:1',
    'BOB:1',
    'joe:2',
    'default',
    'root',
    '#0',
    '/x',
    '*:80',
  ),
);
const optionValue: fc.Arbitrary<DaemonOptionValue> = fc.oneof(text, fc.integer(), fc.double(), fc.boolean());
const optionName = fc.oneof(
  fc.constantFrom(...DAEMON_OPTIONS.map((o) => o.name)),
  fc.string({ maxLength: 12 }),
);
const pick = <T>(list: T[], i: number): T | undefined =>
  list.length === 0 ? undefined : list[i % list.length];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), text).map(
    ([i, v]): Mutation =>
      (m) =>
        void (pick(m.daemonGroups, i) && (pick(m.daemonGroups, i)!.name = v)),
  ),
  fc.tuple(fc.nat(), fc.option(text)).map(
    ([i, v]): Mutation =>
      (m) =>
        void (pick(m.daemonGroups, i) && (pick(m.daemonGroups, i)!.user = v)),
  ),
  fc.tuple(fc.nat(), fc.option(fc.integer())).map(
    ([i, v]): Mutation =>
      (m) =>
        void (pick(m.daemonGroups, i) && (pick(m.daemonGroups, i)!.threads = v)),
  ),
  fc.tuple(fc.nat(), optionName, optionValue).map(
    ([i, k, v]): Mutation =>
      (m) =>
        void (pick(m.daemonGroups, i) && (pick(m.daemonGroups, i)!.options[k] = v)),
  ),
  fc.tuple(fc.nat(), fc.option(fc.string({ maxLength: 8 }))).map(
    ([i, v]): Mutation =>
      (m) =>
        void (pick(m.daemonGroups, i) && (pick(m.daemonGroups, i)!.virtualHostId = v)),
  ),
  fc.tuple(fc.nat(), text).map(
    ([i, v]): Mutation =>
      (m) =>
        void (pick(m.virtualHosts, i) && (pick(m.virtualHosts, i)!.serverName = v)),
  ),
  fc.tuple(fc.nat(), fc.option(text)).map(
    ([i, v]): Mutation =>
      (m) =>
        void (pick(m.virtualHosts, i) && (pick(m.virtualHosts, i)!.processGroup = v)),
  ),
  fc.tuple(fc.nat(), text, text).map(
    ([i, k, v]): Mutation =>
      (m) =>
        void (pick(m.virtualHosts, i) && (pick(m.virtualHosts, i)!.env[k] = v)),
  ),
  fc.tuple(fc.nat(), fc.option(fc.array(text, { maxLength: 4 }))).map(
    ([i, v]): Mutation =>
      (m) =>
        void (pick(m.directories, i) && (pick(m.directories, i)!.restrictProcess = v)),
  ),
  fc
    .tuple(
      fc.nat(),
      fc.subarray(['None', 'All', 'AuthConfig', 'FileInfo', 'Indexes', 'Limit', 'Options'] as const),
    )
    .map(
      ([i, v]): Mutation =>
        (m) =>
          void (pick(m.directories, i) && (pick(m.directories, i)!.allowOverride = [...v])),
    ),
  fc
    .tuple(fc.nat(), fc.option(text), fc.option(text), fc.option(text), text)
    .map(([i, files, filesMatch, variable, processGroup]): Mutation => (m) => {
      const d = pick(m.directories, i);
      if (d === undefined) return;
      d.rules.push({
        ...(files === null ? {} : { files }),
        ...(filesMatch === null ? {} : { filesMatch }),
        ...(variable === null ? {} : { variable }),
        processGroup,
      });
    }),
  fc.nat().map(
    (i): Mutation =>
      (m) =>
        void m.daemonGroups.splice(i % Math.max(1, m.daemonGroups.length), 1),
  ),
  fc.nat().map(
    (i): Mutation =>
      (m) =>
        void m.tenants.splice(i % Math.max(1, m.tenants.length), 1),
  ),
  fc.nat().map(
    (i): Mutation =>
      (m) =>
        void m.virtualHosts.splice(i % Math.max(1, m.virtualHosts.length), 1),
  ),
  fc.constantFrom<Mutation>(
    (m) => (m.restrictEmbedded = !m.restrictEmbedded),
    (m) => (m.modWsgiVersion = '6.0'),
  ),
  fc.option(text).map(
    (v): Mutation =>
      (m) =>
        void (m.socketPrefix = v),
  ),
);

describe('validate is total over randomly mutated models', () => {
  it('never throws, always returns well-formed diagnostics, and validateDirectory agrees with validate', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (useMapSeed, mutations) => {
          const model = useMapSeed ? seedProcessGroupMap() : richSeed();
          for (const mutate of mutations) mutate(model);
          const all = validate(model);
          for (const d of all) {
            expect(['error', 'warning']).toContain(d.severity);
            expect(d.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
            expect(d.path.startsWith('/')).toBe(true);
          }
          const index = buildModelIndex(model);
          const whole = new Set(all.map((d) => JSON.stringify(d)));
          for (const directory of model.directories) {
            for (const d of validateDirectory(model, directory.id, index))
              expect(whole.has(JSON.stringify(d))).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
