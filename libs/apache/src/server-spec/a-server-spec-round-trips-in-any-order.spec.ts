import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import type { ServerModel } from '../model/server-model.js';
import { randomModel } from '../resolve/random-models.fixture.js';
import { validate } from '../validate/index.js';
import { modelOfSpec } from './model-of-spec.js';
import { planIsEmpty, planOfSpec } from './plan-of-spec.js';
import type { ServerSpec } from './server-spec.js';
import { pointIntoSpec } from './spec-diagnostics.js';
import { specOfModel } from './spec-of-model.js';

const empty = (model: ServerModel): ServerModel => ({
  ...model,
  daemonGroups: [],
  virtualHosts: [],
  directories: [],
  tenants: [],
});

const apply = (spec: ServerSpec, current: ServerModel, prune = false) => {
  const result = modelOfSpec(spec, current, current.tenants, { prune });
  return { ...result, plan: planOfSpec(current, result.model, new Set(result.pointers.keys())) };
};

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const shuffleSpec = (spec: ServerSpec, seed: number): ServerSpec => ({
  ...spec,
  tenants: shuffled(spec.tenants, seed),
  daemonGroups: shuffled(spec.daemonGroups, seed + 1),
  virtualHosts: shuffled(spec.virtualHosts, seed + 2).map((v, i) => ({
    ...v,
    directories: shuffled(v.directories, seed + 3 + i),
  })),
});

describe('a server as one document', () => {
  const seeds = { seedRestrictProcess, seedProcessGroupMap, richSeed };

  it.each(Object.entries(seeds))(
    '%s exports byte-identically whatever the order of its rows',
    (_name, seed) => {
      const model = seed();
      const reordered = {
        ...model,
        daemonGroups: [...model.daemonGroups].reverse(),
        virtualHosts: [...model.virtualHosts].reverse(),
        directories: [...model.directories].reverse(),
        tenants: [...model.tenants].reverse(),
      };
      expect(JSON.stringify(specOfModel(reordered))).toBe(JSON.stringify(specOfModel(model)));
    },
  );

  it.each(Object.entries(seeds))('%s applied over itself plans nothing', (_name, seed) => {
    const model = seed();
    const { plan, diagnostics } = apply(specOfModel(model), model);
    expect(diagnostics).toEqual([]);
    expect(plan.filter((e) => e.action !== 'unchanged')).toEqual([]);
    expect(planIsEmpty(plan)).toBe(true);
  });

  it('builds the seed on an empty server from a document in any order, self-references included', () => {
    const model = seedRestrictProcess();
    const spec = specOfModel(model);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 30 }), (seed) => {
        const { model: built, diagnostics } = apply(shuffleSpec(spec, seed), {
          ...empty(model),
          tenants: [],
        });
        expect(diagnostics).toEqual([]);
        expect(validate(built).filter((d) => d.severity === 'error')).toEqual([]);
        expect(JSON.stringify(specOfModel(built))).toBe(JSON.stringify(spec));
      }),
      { numRuns: 50 },
    );
  });

  it('round-trips random models: export, apply on an empty server, export again', () => {
    fc.assert(
      fc.property(randomModel, (model) => {
        const spec = specOfModel(model);
        const { model: built } = apply(spec, { ...empty(model), tenants: model.tenants });
        expect(specOfModel(built)).toEqual(spec);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps what the document omits unless asked to prune, and lists it either way', () => {
    const seed = richSeed();
    const extra = { ...seed.virtualHosts[0]!, id: 'vh-extra', serverName: 'extra.example' };
    const model = { ...seed, virtualHosts: [...seed.virtualHosts, extra] };
    const spec = specOfModel(model);
    const without = {
      ...spec,
      virtualHosts: spec.virtualHosts.filter((v) => v.serverName !== 'extra.example'),
    };
    const keep = apply(without, model);
    expect(keep.plan).toContainEqual({ kind: 'virtualHost', key: 'extra.example', action: 'kept' });
    expect(keep.model.virtualHosts).toHaveLength(model.virtualHosts.length);
    const prune = apply(without, model, true);
    expect(prune.plan).toContainEqual({ kind: 'virtualHost', key: 'extra.example', action: 'delete' });
    expect(prune.model.virtualHosts).toHaveLength(model.virtualHosts.length - 1);
  });

  it('points diagnostics into the document', () => {
    const model = seedRestrictProcess();
    const spec = specOfModel(model);
    const vhost = spec.virtualHosts.findIndex((v) => v.directories.length > 0);
    spec.virtualHosts[vhost]!.directories[0]!.htaccess = [{ files: 'x.wsgi', processGroup: 'no-such-group' }];
    const { model: built, pointers } = apply(spec, model);
    const pointed = pointIntoSpec(validate(built), pointers).filter((d) => d.severity === 'error');
    expect(pointed.map((d) => d.path)).toContain(
      `/virtualHosts/${vhost}/directories/0/htaccess/0/processGroup`,
    );
  });

  it('refuses references to what neither the document nor the server has', () => {
    const spec = specOfModel(seedRestrictProcess());
    spec.daemonGroups[0] = { ...spec.daemonGroups[0]!, virtualHost: 'nowhere.example', tenant: 'nobody' };
    const { diagnostics } = apply(spec, { ...empty(seedRestrictProcess()), tenants: [] });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['SPEC_UNKNOWN_VIRTUAL_HOST', '/daemonGroups/0/virtualHost'],
      ['SPEC_UNKNOWN_TENANT', '/daemonGroups/0/tenant'],
    ]);
  });
});
