import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ProcessGroupMap, ServerModel } from '../model/server-model.js';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { validate } from './validate.js';

const BASE = '/virtual-hosts/vh-map';

function run(mutate: (m: ServerModel, map: ProcessGroupMap) => void): Diagnostic[] {
  const model = seedProcessGroupMap();
  const map = model.virtualHosts[0]!.processGroupMap!;
  mutate(model, map);
  return validate(model);
}

const errorsOf = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path]);

describe('the process-group map of WSGIProcessGroup.rst (spec §7a, rule M1)', () => {
  it('the unmodified seed is clean', () => {
    expect(errorsOf(run(() => undefined))).toEqual([]);
  });

  it('a map variable that the vhost’s WSGIProcessGroup does not read: MAP_VARIABLE_NOT_USED', () => {
    expect(errorsOf(run((_m, map) => (map.variable = 'OTHER_GROUP')))).toEqual([
      ['MAP_VARIABLE_NOT_USED', `${BASE}/processGroup`],
    ]);
  });

  it('a literal vhost WSGIProcessGroup makes the map useless too', () => {
    expect(errorsOf(run((m) => (m.virtualHosts[0]!.processGroup = 'bob:1')))).toEqual([
      ['MAP_VARIABLE_NOT_USED', `${BASE}/processGroup`],
    ]);
  });

  it('the variable is matched without case, as APR tables do', () => {
    expect(errorsOf(run((_m, map) => (map.variable = 'process_group')))).toEqual([]);
  });

  it('a URI mapped twice: DUPLICATE_MAP_URI on the second entry', () => {
    expect(
      errorsOf(run((_m, map) => map.entries.push({ uri: '/app/a.wsgi', processGroup: 'bob:2' }))),
    ).toEqual([['DUPLICATE_MAP_URI', `${BASE}/processGroupMap/entries/2/uri`]]);
  });

  it.each(['app/a.wsgi', '/app/../a.wsgi', '/app/a.wsgi?x=1'])(
    'a URI that is not an absolute URL path (%s): INVALID_URL_PATH',
    (uri) => {
      expect(errorsOf(run((_m, map) => (map.entries[1]!.uri = uri)))).toEqual([
        ['INVALID_URL_PATH', `${BASE}/processGroupMap/entries/1/uri`],
      ]);
    },
  );

  it.each(['', '%{GLOBAL}', '%{ENV:OTHER}'])('a fallback of "%s" is INVALID_PROCESS_GROUP', (fallback) => {
    expect(errorsOf(run((_m, map) => (map.fallback = fallback)))).toContainEqual([
      'INVALID_PROCESS_GROUP',
      `${BASE}/processGroupMap/fallback`,
    ]);
  });

  it.each(['', '%{GLOBAL}'])('an entry of "%s" is INVALID_PROCESS_GROUP', (group) => {
    expect(errorsOf(run((_m, map) => (map.entries[0]!.processGroup = group)))).toContainEqual([
      'INVALID_PROCESS_GROUP',
      `${BASE}/processGroupMap/entries/0/processGroup`,
    ]);
  });

  it('an entry naming an unknown group is UNKNOWN_GROUP at that entry', () => {
    expect(errorsOf(run((_m, map) => (map.entries[0]!.processGroup = 'ghost')))).toEqual([
      ['UNKNOWN_GROUP', `${BASE}/processGroupMap/entries/0/processGroup`],
    ]);
  });
});
