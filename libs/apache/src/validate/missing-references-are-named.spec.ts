import { describe, expect, it } from '@jest/globals';
import type { ModWsgiVersion, ServerModel } from '../model/server-model.js';
import { render } from '../render/index.js';
import { RenderRefusedError } from '../render/render-refused.error.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { validate, validateDirectory } from './index.js';

function run(mutate: (m: ServerModel) => void) {
  const model = seedRestrictProcess();
  mutate(model);
  return { model, diagnostics: validate(model) };
}

const pairs = (diagnostics: { code: string; path: string; severity: string }[], code: string) =>
  diagnostics.filter((d) => d.code === code).map((d) => [d.severity, d.path]);

describe('references to objects that are not in the model', () => {
  it('a daemon group and a directory in an unknown vhost: UNKNOWN_VIRTUAL_HOST at each', () => {
    const { diagnostics } = run((m) => {
      m.daemonGroups[1]!.virtualHostId = 'vh-gone';
      m.directories[0]!.virtualHostId = 'vh-gone';
    });
    expect(pairs(diagnostics, 'UNKNOWN_VIRTUAL_HOST')).toEqual([
      ['error', '/daemon-groups/dg-bob-1/virtualHostId'],
      ['error', '/directories/dir-bob/virtualHostId'],
    ]);
  });

  it('render() refuses such a model and names the references', () => {
    const { model } = run((m) => (m.directories[0]!.virtualHostId = 'vh-gone'));
    let refused: unknown;
    try {
      render(model);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(RenderRefusedError);
    const codes = (refused as RenderRefusedError).diagnostics.map((d) => [d.code, d.path]);
    expect(codes).toContainEqual(['UNKNOWN_VIRTUAL_HOST', '/directories/dir-bob/virtualHostId']);
    expect(codes).toContainEqual(['RENDER_UNKNOWN_VIRTUAL_HOST', '/directories/dir-bob/virtualHostId']);
  });

  it('a daemon group and a directory of an unknown tenant: UNKNOWN_TENANT at each', () => {
    const { diagnostics } = run((m) => {
      m.daemonGroups[1]!.tenantId = 'tn-gone';
      m.directories[0]!.tenantId = 'tn-gone';
    });
    expect(pairs(diagnostics, 'UNKNOWN_TENANT')).toEqual([
      ['error', '/daemon-groups/dg-bob-1/tenantId'],
      ['error', '/directories/dir-bob/tenantId'],
    ]);
  });

  it('validateDirectory for an id that is not in the model: UNKNOWN_DIRECTORY', () => {
    expect(validateDirectory(seedRestrictProcess(), 'dir-gone')).toMatchObject([
      { code: 'UNKNOWN_DIRECTORY', severity: 'error', path: '/directories/dir-gone/id' },
    ]);
  });

  it.each(['4.8', '6.1', ''])('mod_wsgi version "%s": UNKNOWN_MOD_WSGI_VERSION', (version) => {
    const { diagnostics } = run((m) => (m.modWsgiVersion = version as ModWsgiVersion));
    expect(pairs(diagnostics, 'UNKNOWN_MOD_WSGI_VERSION')).toEqual([['error', '/server/modWsgiVersion']]);
  });

  it.each(['4.9', '5.0', '6.0'] as const)('mod_wsgi version %s is known', (version) => {
    const { diagnostics } = run((m) => (m.modWsgiVersion = version));
    expect(pairs(diagnostics, 'UNKNOWN_MOD_WSGI_VERSION')).toEqual([]);
  });
});
