import { describe, expect, it } from '@jest/globals';
import type { ServerModel } from '../model/server-model.js';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { segment } from './diagnostics.js';
import { validate } from './validate.js';

/** Fields that never reach rendered config (identifiers, enums). */
const NOT_RENDERED = new Set(['id', 'virtualHostId', 'tenantId', 'modWsgiVersion']);
/** Free text rendered only inside `#` comments, where quotes, `#` and `${` are harmless. */
const COMMENT_FIELDS = new Set(['/server/name', '/tenants/tn-bob/name', '/tenants/tn-joe/name']);
const COLLECTIONS: Record<string, string> = {
  daemonGroups: 'daemon-groups',
  virtualHosts: 'virtual-hosts',
  directories: 'directories',
  tenants: 'tenants',
};

interface Field {
  restPath: string;
  set: (model: ServerModel, value: string) => void;
}

type Node = Record<string, unknown> | unknown[];

function walk(node: Node, trail: (string | number)[], rest: string[], out: Field[]): void {
  for (const [key, child] of Object.entries(node)) {
    const k = Array.isArray(node) ? Number(key) : key;
    if (typeof child === 'string' && !NOT_RENDERED.has(key)) {
      const at = [...trail, k];
      out.push({
        restPath: '/' + [...rest, key].join('/'),
        set: (m, v) => {
          const parent = at
            .slice(0, -1)
            .reduce<Node>((n, s) => (n as Record<string, Node>)[s] as Node, m as never);
          (parent as Record<string | number, unknown>)[k] = v;
        },
      });
    } else if (child !== null && typeof child === 'object') {
      const id = (child as { id?: unknown }).id;
      const nested =
        trail.length === 1 && typeof id === 'string'
          ? [COLLECTIONS[trail[0] as string]!, id]
          : [...rest, segment(key)];
      walk(child as Node, [...trail, k], trail.length === 0 && Array.isArray(child) ? [] : nested, out);
    }
  }
}

function stringFields(model: ServerModel): Field[] {
  const out: Field[] = [];
  walk(model as unknown as Node, [], ['server'], out);
  return out.map((f) => ({
    ...f,
    restPath: f.restPath.replace(/^\/server\/(daemon-groups|virtual-hosts|directories|tenants)\//, '/$1/'),
  }));
}

const HOSTILE: [string, string, boolean][] = [
  ['newline', 'a\nWSGIRestrictEmbedded Off', true],
  ['CRLF', 'a\r\nb', true],
  ['trailing backslash', 'bob:1\\', true],
  ['interpolation', '${HOME}', false],
  ['double quote', 'bob"2', false],
  ['single quote', "bob'2", false],
  ['hash', 'bob#2', false],
  ['NUL', 'g1\u0000x', true],
  ['U+2028', 'a\u2028b', true],
  ['10 kB', 'b'.repeat(10_240), true],
];

for (const [seedName, seed] of [
  ['rich WSGIRestrictProcess seed', richSeed],
  ['process-group-map seed', seedProcessGroupMap],
] as const) {
  describe(`every string field of the ${seedName} refuses hostile values`, () => {
    const fields = stringFields(seed());
    it('the seed itself has no errors and the walk finds the fields', () => {
      expect(validate(seed()).filter((d) => d.severity === 'error')).toEqual([]);
      expect(fields.length).toBeGreaterThan(20);
    });
    const cases = fields.flatMap((field) =>
      HOSTILE.filter(([, , inComments]) => inComments || !COMMENT_FIELDS.has(field.restPath)).map(
        ([name, value]) => [field.restPath, name, value, field] as const,
      ),
    );
    it.each(cases)('%s with %s → UNSAFE_CONFIG_VALUE', (restPath, _name, value, field) => {
      const model = seed();
      field.set(model, value);
      const hits = validate(model).filter((d) => d.code === 'UNSAFE_CONFIG_VALUE' && d.path === restPath);
      expect(hits).toHaveLength(1);
    });
    it.each(HOSTILE)('an env variable name with %s → UNSAFE_CONFIG_VALUE', (_name, value) => {
      const model = seed();
      const vhost = model.virtualHosts[0]!;
      vhost.env = { [value]: 'default' };
      const path = `/virtual-hosts/${vhost.id}/env/${segment(value)}`;
      expect(validate(model).filter((d) => d.code === 'UNSAFE_CONFIG_VALUE' && d.path === path)).toHaveLength(
        1,
      );
    });
  });
}
