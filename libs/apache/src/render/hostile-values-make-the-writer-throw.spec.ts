import { describe, expect, it } from '@jest/globals';
import type { ServerModel } from '../model/server-model.js';
import { assertSafeLine } from './config-writer.js';
import { render, renderHtaccess, RenderRefusedError, UnsafeValueError } from './index.js';
import { mapFileStems } from './process-group-map.render.js';
import { busyModel } from './seed-model.fixture.js';
import { renderServerConfig } from './server-config.render.js';

type Mutation = (m: ServerModel) => void;
const vhost = (m: ServerModel) => m.virtualHosts[0] as ServerModel['virtualHosts'][number];
const dir = (m: ServerModel) => m.directories[0] as ServerModel['directories'][number];
const group = (m: ServerModel) => m.daemonGroups[0] as ServerModel['daemonGroups'][number];

const HOSTILE: [string, Mutation][] = [
  ['a newline in a daemon option', (m) => (group(m).options['display-name'] = 'x\nWSGIRestrictEmbedded Off')],
  ['an option name smuggling a second option', (m) => (group(m).options['threads=1 user'] = 'root')],
  ['a non-decimal number', (m) => (group(m).threads = 1e21)],
  ['NaN as a count', (m) => (group(m).processes = Number.NaN)],
  ['interpolation in the socket prefix', (m) => (m.socketPrefix = '${APACHE_RUN_DIR}/wsgi')],
  ['a space in a SetEnv value', (m) => (vhost(m).env['PROCESS_GROUP'] = 'bob:1 extra')],
  ['a CR in a ServerName', (m) => (vhost(m).serverName = 'a.example.com\rServerAlias evil')],
  ['a trailing backslash in a path', (m) => (dir(m).path = '/home/bob/public_html\\')],
  ['a quote in a restriction list', (m) => (dir(m).restrictProcess = ['bob:1"'])],
  ['a # in a process group', (m) => (vhost(m).processGroup = 'bob:1#x')],
  [
    'a } in the map fallback',
    (m) => (vhost(m).processGroupMap = { variable: 'PG', fallback: 'x}|y', entries: [] }),
  ],
  ['an empty SetEnv value', (m) => (dir(m).env['PROCESS_GROUP'] = '')],
  ['a NUL in a user', (m) => (group(m).user = 'bob\0root')],
];

describe('a hostile value that bypassed validation makes the writer throw, never emit', () => {
  it.each(HOSTILE)('%s', (_name, mutate) => {
    const model = busyModel();
    mutate(model);
    // Straight to the writer, as if validate() had a hole.
    expect(() => renderServerConfig(model, mapFileStems(model.virtualHosts))).toThrow(UnsafeValueError);
  });

  it.each(HOSTILE)(
    'render() refuses the model with %s (validator or writer, never output)',
    (_name, mutate) => {
      const model = busyModel();
      mutate(model);
      let files: unknown;
      let thrown: unknown;
      try {
        files = render(model);
      } catch (e) {
        thrown = e;
      }
      expect(files).toBeUndefined();
      expect(thrown instanceof RenderRefusedError || thrown instanceof UnsafeValueError).toBe(true);
    },
  );

  it.each([
    ['a newline in the group', { files: 'a.wsgi', processGroup: 'bob:2\nWSGIRestrictProcess' }],
    ['a quote in the regex', { filesMatch: '^a"\\.wsgi$', processGroup: 'bob:2' }],
    ['a wildcard file name', { files: '*.wsgi', processGroup: 'bob:2' }],
    ['both files and filesMatch', { files: 'a.wsgi', filesMatch: 'a', processGroup: 'bob:2' }],
    ['neither files nor filesMatch', { processGroup: 'bob:2' }],
    ['an empty group (embedded mode)', { files: 'a.wsgi', processGroup: '' }],
    ['a variable with a space', { files: 'a.wsgi', variable: 'PROCESS GROUP', processGroup: 'x' }],
  ])('renderHtaccess refuses %s', (_name, rule) => {
    expect(() => renderHtaccess([rule])).toThrow(UnsafeValueError);
  });

  it('refuses a model whose validation has errors and carries the diagnostics', () => {
    const model = busyModel();
    (model.directories[0] as { path: string }).path = 'relative/path';
    const error = (() => {
      try {
        render(model);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(RenderRefusedError);
    expect((error as RenderRefusedError).diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('re-checks every finished line for continuation, line breaks and NUL', () => {
    expect(() => assertSafeLine('SetEnv X a\\', 0)).toThrow(UnsafeValueError);
    expect(() => assertSafeLine('SetEnv X a\rb', 0)).toThrow(UnsafeValueError);
    expect(() => assertSafeLine('SetEnv X a\0', 0)).toThrow(UnsafeValueError);
    expect(() => assertSafeLine('SetEnv X a', 0)).not.toThrow();
  });
});
