import { describe, expect, it } from '@jest/globals';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import type { ServerModel } from '../model/server-model.js';
import { modelOfSpec } from './model-of-spec.js';
import { planIsEmpty, planOfSpec } from './plan-of-spec.js';
import type { ServerSpec } from './server-spec.js';
import { specOfModel } from './spec-of-model.js';

const apply = (spec: ServerSpec, current: ServerModel) => {
  const result = modelOfSpec(spec, current, current.tenants, { prune: false });
  return { model: result.model, plan: planOfSpec(current, result.model, new Set(result.pointers.keys())) };
};

function dbmOnWindows(): ServerModel {
  const model: ServerModel = { ...seedProcessGroupMap(), platform: 'windows' };
  model.virtualHosts[0]!.processGroupMap!.format = 'dbm';
  return model;
}

describe('a ServerSpec carries platform and the process-group map format (issue 10)', () => {
  it('linux and txt are the defaults: left out on export, so existing documents stay byte-identical', () => {
    const spec = specOfModel(seedProcessGroupMap());
    expect('platform' in spec.server).toBe(false);
    expect('format' in (spec.virtualHosts[0]!.processGroupMap ?? {})).toBe(false);
  });

  it('windows and dbm are exported and read back; applying the export changes nothing', () => {
    const model = dbmOnWindows();
    const spec = specOfModel(model);
    expect(spec.server.platform).toBe('windows');
    expect(spec.virtualHosts[0]!.processGroupMap?.format).toBe('dbm');
    const { model: back, plan } = apply(spec, model);
    expect(back.platform).toBe('windows');
    expect(back.virtualHosts[0]!.processGroupMap?.format).toBe('dbm');
    expect(planIsEmpty(plan)).toBe(true);
  });

  it('an explicit "linux" / "txt" is the same as leaving them out: nothing to change', () => {
    const model = seedProcessGroupMap();
    const spec = specOfModel(model);
    const explicit: ServerSpec = {
      ...spec,
      server: { ...spec.server, platform: 'linux' },
      virtualHosts: spec.virtualHosts.map((v) => ({
        ...v,
        processGroupMap: v.processGroupMap && { ...v.processGroupMap, format: 'txt' },
      })),
    };
    expect(planIsEmpty(apply(explicit, model).plan)).toBe(true);
  });

  it('a document without platform keeps the server’s; one that says linux switches it back', () => {
    const model = dbmOnWindows();
    const { platform: _omitted, ...server } = specOfModel(model).server;
    expect(apply({ ...specOfModel(model), server }, model).model.platform).toBe('windows');
    const linux = apply({ ...specOfModel(model), server: { ...server, platform: 'linux' } }, model);
    expect(linux.model.platform).toBeUndefined();
    expect(planIsEmpty(linux.plan)).toBe(false);
  });
});
