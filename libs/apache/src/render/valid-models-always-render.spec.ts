import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hasErrors } from '../model/diagnostic.js';
import type { ServerModel } from '../model/server-model.js';
import { validate } from '../validate/index.js';
import { DAEMON_OPTIONS } from '../wsgi/daemon-option-table.js';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { render } from './render.js';

/**
 * Finding 3 of issue 9: every value the renderer refuses, validate() must refuse first, or GET /config and
 * every publish answer 500. Seeds are mutated anywhere a string, list, record or number sits, with hostile
 * and harmless values alike (so plenty of mutated models stay valid); each valid one must render.
 */

/** Identifiers and enums never reach the config as text (a dangling id is UNKNOWN_VIRTUAL_HOST). */
const NOT_TEXT = new Set(['id', 'virtualHostId', 'tenantId', 'modWsgiVersion']);

const HOSTILE = [
  '',
  ' ',
  '\t',
  'a b',
  'a\nb',
  'a\r\nWSGIRestrictEmbedded Off',
  '${HOME}',
  '$',
  '"',
  "'",
  'a"b',
  '\\',
  'a\\',
  'a\\b',
  '\u0000',
  'g1\u0000x',
  '#',
  'a#b',
  '\u2028',
  'é',
  '%{GLOBAL}',
  '%{ENV:PROCESS_GROUP}',
  '%{SERVER}',
  'x',
  'bob:1',
  'default',
  'bob',
  'www-data',
  'root',
  '/srv/x',
  '/srv/x/',
  '/',
  '*:80',
  'On',
  '022',
  '.wsgi',
  '^a.*$',
  'p'.repeat(4000),
  'q'.repeat(3000),
];
const hostile = fc.constantFrom(...HOSTILE);
const number = fc.constantFrom(0, 1, -1, 2, 0.5, 1e21, 1e-7, -0, 65533, 2 ** 31, 1.5);

type Slot =
  | { kind: 'text'; at: string; set: (v: string) => void }
  | { kind: 'list'; at: string; key: string; items: unknown[] }
  | { kind: 'record'; at: string; record: Record<string, unknown>; options: boolean }
  | { kind: 'number'; at: string; set: (v: number) => void };

/** Every place in the model a mutation can reach, found by walking it (so new fields are covered too). */
function slots(node: Record<string, unknown> | unknown[], trail = '', out: Slot[] = []): Slot[] {
  for (const [key, child] of Object.entries(node)) {
    const k = Array.isArray(node) ? Number(key) : key;
    const at = `${trail}/${key}`;
    const set = (v: unknown): void => void ((node as Record<string | number, unknown>)[k] = v);
    if (typeof child === 'string' && !NOT_TEXT.has(key)) out.push({ kind: 'text', at, set });
    else if (typeof child === 'number' || (child === null && (key === 'processes' || key === 'threads'))) {
      out.push({ kind: 'number', at, set });
    } else if (Array.isArray(child)) {
      out.push({ kind: 'list', at, key, items: child });
      slots(child, at, out);
    } else if (child !== null && typeof child === 'object') {
      const record = child as Record<string, unknown>;
      if (key === 'env' || key === 'options') {
        out.push({ kind: 'record', at, record, options: key === 'options' });
      }
      slots(record, at, out);
    }
  }
  return out;
}

function slotsOf<K extends Slot['kind']>(m: ServerModel, kind: K): Extract<Slot, { kind: K }>[] {
  return slots(m as never).filter((s): s is Extract<Slot, { kind: K }> => s.kind === kind);
}

/** Applies a model change and says what it did, for readable counterexamples. */
type Mutation = ((m: ServerModel) => void) & { done?: string };

function mutation(describe: (m: ServerModel) => string | undefined): Mutation {
  const mutate: Mutation = (m) => void (mutate.done = describe(m));
  mutate.toString = () => mutate.done ?? 'nothing';
  return mutate;
}

/** Lists of strings, which may be empty in a seed. */
const TEXT_LISTS = new Set([
  'serverAliases',
  'addresses',
  'options',
  'allowOverride',
  'extensions',
  'restrictProcess',
]);
const OPTION_NAMES = DAEMON_OPTIONS.map((o) => o.name);
const show = (v: unknown): string =>
  typeof v === 'string' && v.length > 40 ? `"${v[0]}"x${v.length}` : JSON.stringify(v);

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  // A string anywhere.
  fc.tuple(fc.nat(), hostile).map(([i, v]) =>
    mutation((m) => {
      const slot = slotsOf(m, 'text')[i % slotsOf(m, 'text').length];
      slot?.set(v);
      return slot && `${slot.at} = ${show(v)}`;
    }),
  ),
  // A number anywhere (processes, threads, numeric options).
  fc.tuple(fc.nat(), number).map(([i, v]) =>
    mutation((m) => {
      const numbers = slotsOf(m, 'number');
      const slot = numbers[i % Math.max(1, numbers.length)];
      slot?.set(v);
      return slot && `${slot.at} = ${v}`;
    }),
  ),
  // Another entry in an env record or a daemon's options.
  fc
    .tuple(
      fc.nat(),
      fc.oneof(hostile, fc.constantFrom('PROCESS_GROUP', 'X', ...OPTION_NAMES)),
      fc.oneof(hostile, number),
    )
    .map(([i, k, v]) =>
      mutation((m) => {
        const records = slotsOf(m, 'record');
        const slot = records[i % Math.max(1, records.length)];
        if (slot === undefined) return undefined;
        slot.record[k] = slot.options ? v : String(v);
        return `${slot.at}[${show(k)}] = ${show(slot.record[k])}`;
      }),
    ),
  // A list grows: a hostile item, or copies of one it already has (long lines: aliases, lists, handlers).
  fc.tuple(fc.nat(), hostile, fc.nat(), fc.constantFrom(1, 2, 40, 700, 2000)).map(([i, v, j, copies]) =>
    mutation((m) => {
      const lists = slotsOf(m, 'list');
      const list = lists[i % lists.length];
      if (list === undefined) return undefined;
      const existing = list.items.length > 0 ? list.items[j % list.items.length] : undefined;
      if (typeof existing === 'string' || (existing === undefined && TEXT_LISTS.has(list.key))) {
        list.items.push(v);
        for (let c = 1; c < copies; c++) list.items.push(existing ?? v);
        return `${list.at} += ${show(v)}, then ${copies - 1} x ${show(existing ?? v)}`;
      }
      if (existing === undefined || copies > 2) return undefined;
      // Objects (rules, handlers, map entries, whole groups...) are copied, not shared.
      list.items.push(structuredClone(existing));
      return `${list.at} += a copy of item ${j % list.items.length}`;
    }),
  ),
  // A .htaccess rule with any values.
  fc
    .tuple(fc.nat(), fc.option(hostile, { nil: undefined }), fc.option(hostile, { nil: undefined }), hostile)
    .map(([i, files, variable, processGroup]) =>
      mutation((m) => {
        const d = m.directories[i % Math.max(1, m.directories.length)];
        if (d === undefined) return undefined;
        const rule = {
          files: files ?? 'app.wsgi',
          ...(variable === undefined ? {} : { variable }),
          processGroup,
        };
        d.rules.push(rule);
        return `${d.id} rules += ${show(rule)}`;
      }),
    ),
  fc.constantFrom(
    mutation((m) => ((m.restrictEmbedded = !m.restrictEmbedded), 'restrictEmbedded toggled')),
    mutation((m) => ((m.modWsgiVersion = '6.0'), 'modWsgiVersion = 6.0')),
    mutation((m) => ((m.socketPrefix = null), 'socketPrefix = null')),
  ),
);

const SEEDS: (() => ServerModel)[] = [richSeed, seedProcessGroupMap, seedRestrictProcess];

describe('a model validate() accepts always renders (issue 9, finding 3)', () => {
  it('render never throws on a mutated model without errors', () => {
    let rendered = 0;
    fc.assert(
      fc.property(
        fc.nat(SEEDS.length - 1),
        fc.array(mutations, { minLength: 1, maxLength: 4 }),
        (seed, mutations) => {
          const model = SEEDS[seed]!();
          for (const mutate of mutations) mutate(model);
          if (hasErrors(validate(model))) return;
          rendered++;
          expect(() => render(model)).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
    // The property is only worth something if many mutated models were valid.
    expect(rendered).toBeGreaterThan(100);
  });
});
