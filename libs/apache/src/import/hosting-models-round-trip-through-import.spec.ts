import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ServerModel } from '../model/server-model.js';
import { render } from '../render/index.js';
import { specOfModel } from '../server-spec/spec-of-model.js';
import { validate } from '../validate/validate.js';
import { hostingModel } from './hosting-model.fixture.js';
import { importServer } from './import-server.js';

/** render() output as it lies on the web server: the include under configDir, each .htaccess in its directory. */
function filesOf(model: ServerModel) {
  return render(model).map((f) => ({
    path: f.path.startsWith('httpd/') ? `${model.configDir}/${f.path.slice('httpd/'.length)}` : f.path,
    content: f.content,
  }));
}

describe('export → render → import', () => {
  it('gives back the exported spec for generated hosting-shaped models, with nothing unmanaged', () => {
    fc.assert(
      fc.property(
        hostingModel.filter((m) => !validate(m).some((d) => d.severity === 'error')),
        (model) => {
          const exported = specOfModel(model);
          const result = importServer(
            { files: filesOf(model), knownTenants: model.tenants },
            exported.server,
          );
          expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(result.unmanaged).toEqual([]);
          expect(result.spec).toEqual(exported);
        },
      ),
      { numRuns: 150, seed: 20261202 },
    );
  });

  it('generates models that mostly validate (the property is not vacuous)', () => {
    const sample = fc.sample(hostingModel, { numRuns: 100, seed: 7 });
    const valid = sample.filter((m) => !validate(m).some((d) => d.severity === 'error'));
    expect(valid.length).toBeGreaterThan(50);
    expect(valid.some((m) => m.directories.some((d) => d.rules.length > 0))).toBe(true);
    expect(valid.some((m) => (m.wsgiMounts ?? []).some((w) => w.tenantId !== null))).toBe(true);
    expect(valid.some((m) => (m.wsgiMounts ?? []).some((w) => w.urlPattern !== null))).toBe(true);
  });
});
