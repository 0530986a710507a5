import { describe, expect, it } from '@jest/globals';
import type { ServerModel } from '../model/server-model.js';
import { validate } from '../validate/index.js';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { RenderRefusedError } from './render-refused.error.js';
import { render } from './render.js';
import { UnsafeValueError } from './safe-token.js';
import { writeFiles } from './write-files.js';

/**
 * Issue 9, finding 3: each value the writer throws on (UnsafeValueError, i.e. GET /config 500) is refused by
 * validate() first, with a diagnostic at the value's path, so render() refuses the model instead.
 */

type Case = [
  name: string,
  seed: () => ServerModel,
  change: (m: ServerModel) => void,
  code: string,
  path: string,
];

const vhostOf = (m: ServerModel) => m.virtualHosts[0]!;
const groupOf = (m: ServerModel) => m.daemonGroups[0]!;
const directoryOf = (m: ServerModel) => m.directories[0]!;

const CASES: Case[] = [
  [
    'an empty vhost SetEnv value',
    richSeed,
    (m) => (vhostOf(m).env['APP_MODE'] = ''),
    'EMPTY_CONFIG_VALUE',
    '/virtual-hosts/{vhost}/env/APP_MODE',
  ],
  [
    'an empty <Directory> SetEnv value',
    richSeed,
    (m) => (directoryOf(m).env['APP_MODE'] = ''),
    'EMPTY_CONFIG_VALUE',
    '/directories/{directory}/env/APP_MODE',
  ],
  [
    'an empty free-text daemon option (display-name=)',
    richSeed,
    (m) => (groupOf(m).options['display-name'] = ''),
    'EMPTY_CONFIG_VALUE',
    '/daemon-groups/{group}/options/display-name',
  ],
  [
    'an empty python-path',
    richSeed,
    (m) => (groupOf(m).options['python-path'] = ''),
    'EMPTY_CONFIG_VALUE',
    '/daemon-groups/{group}/options/python-path',
  ],
  [
    'an empty AddHandler extension (its own rule explains it)',
    richSeed,
    (m) => directoryOf(m).handlers[0]!.extensions.push(''),
    'INVALID_HANDLER',
    '/directories/{directory}/handlers/0/extensions/1',
  ],
  [
    'a number String() writes in exponent form',
    richSeed,
    (m) => (groupOf(m).options['display-name'] = 1e21),
    'INVALID_OPTION_VALUE',
    '/daemon-groups/{group}/options/display-name',
  ],
  [
    'three 4 kB daemon options on one line',
    richSeed,
    (m) =>
      Object.assign(groupOf(m).options, {
        'python-path': 'p'.repeat(4000),
        'python-eggs': 'e'.repeat(4000),
        'python-home': '/h'.repeat(2000),
      }),
    'CONFIG_LINE_TOO_LONG',
    '/daemon-groups/{group}/options',
  ],
  [
    'two thousand ServerAliases',
    richSeed,
    (m) => vhostOf(m).serverAliases.push(...Array.from({ length: 2000 }, (_, i) => `a${i}.example.com`)),
    'CONFIG_LINE_TOO_LONG',
    '/virtual-hosts/{vhost}/serverAliases',
  ],
  [
    'a restriction list naming one group two thousand times',
    richSeed,
    (m) => {
      const d = m.directories.find((x) => x.restrictProcess !== null && x.restrictProcess.length > 0)!;
      d.restrictProcess!.push(...Array<string>(2000).fill(d.restrictProcess![0]!));
    },
    'CONFIG_LINE_TOO_LONG',
    '/directories/{restricted}/restrictProcess',
  ],
  [
    'a map file named after two 253-character ServerNames',
    seedProcessGroupMap,
    (m) => {
      const name = `${'a'.repeat(61)}.${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(61)}.ex`.slice(0, 253);
      const vhost = m.virtualHosts.find((v) => v.processGroupMap !== null)!;
      const twin = { ...structuredClone(vhost), id: 'v'.repeat(40), addresses: ['*:8443'] };
      vhost.serverName = name;
      twin.serverName = name;
      m.virtualHosts.push(twin);
    },
    'MAP_FILE_NAME_TOO_LONG',
    '/virtual-hosts/{mapped}/serverName',
  ],
];

function pathFor(template: string, m: ServerModel): string {
  const ids: Record<string, () => string | undefined> = {
    vhost: () => vhostOf(m).id,
    group: () => groupOf(m).id,
    directory: () => directoryOf(m).id,
    restricted: () => m.directories.find((d) => (d.restrictProcess?.length ?? 0) > 0)?.id,
    mapped: () => m.virtualHosts.find((v) => v.processGroupMap !== null)?.id,
  };
  return template.replace(/\{(\w+)\}/, (_, name: string) => ids[name]!() ?? '?');
}

describe('what the config writer refuses, validate() refuses first (issue 9, finding 3)', () => {
  it.each(CASES)('%s', (_name, seed, change, code, template) => {
    const model = seed();
    change(model);
    // The writer on its own would have thrown: this is a real 500 the diagnostic prevents.
    expect(() => writeFiles(model)).toThrow(UnsafeValueError);
    const errors = validate(model).filter((d) => d.severity === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ code, path: pathFor(template, model) }));
    expect(() => render(model)).toThrow(RenderRefusedError);
  });

  it('an empty value another rule already explains is reported once, by that rule', () => {
    const model = richSeed();
    vhostOf(model).applicationGroup = '';
    const at = validate(model).filter(
      (d) => d.path === `/virtual-hosts/${vhostOf(model).id}/applicationGroup`,
    );
    expect(at.map((d) => d.code)).toEqual(['INVALID_APPLICATION_GROUP']);
  });
});
