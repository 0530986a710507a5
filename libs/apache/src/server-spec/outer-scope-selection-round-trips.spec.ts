import { describe, expect, it } from '@jest/globals';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { importServer } from '../import/import-server.js';
import type { ServerModel } from '../model/server-model.js';
import { render } from '../render/index.js';
import { validate } from '../validate/index.js';
import { modelOfSpec } from './model-of-spec.js';
import { specOfModel } from './spec-of-model.js';

/** The seed with a server-scope list and group and a vhost list (issue 10 item 3). */
function withOuterScopes(): ServerModel {
  const model = seedRestrictProcess();
  model.restrictProcess = ['%{GLOBAL}', 'default'];
  model.processGroup = 'default';
  model.virtualHosts[0]!.restrictProcess = ['bob:1', 'default', 'joe:1'];
  return model;
}

function filesOf(model: ServerModel) {
  return render(model).map((f) => ({
    path: f.path.startsWith('/') ? f.path : `${model.configDir}/${f.path}`,
    content: f.content,
  }));
}

describe('server.restrictProcess, server.processGroup and virtualHosts[].restrictProcess in the server spec', () => {
  it('are exported, and left out when null (documents without them stay as they were)', () => {
    const spec = specOfModel(withOuterScopes());
    expect(spec.server).toMatchObject({ restrictProcess: ['%{GLOBAL}', 'default'], processGroup: 'default' });
    expect(spec.virtualHosts[0]!.restrictProcess).toEqual(['bob:1', 'default', 'joe:1']);
    const plain = specOfModel(seedRestrictProcess());
    expect('restrictProcess' in plain.server || 'processGroup' in plain.server).toBe(false);
    expect('restrictProcess' in plain.virtualHosts[0]!).toBe(false);
  });

  it('a document applied over a server gives the same model back; left out, the server keeps its own', () => {
    const model = withOuterScopes();
    expect(validate(model).filter((d) => d.severity === 'error')).toEqual([]);
    const spec = specOfModel(model);
    const applied = modelOfSpec(spec, model, [], { prune: false }).model;
    expect(applied.restrictProcess).toEqual(model.restrictProcess);
    expect(applied.processGroup).toBe('default');
    expect(applied.virtualHosts[0]!.restrictProcess).toEqual(['bob:1', 'default', 'joe:1']);
    const { restrictProcess: _r, processGroup: _p, ...server } = spec.server;
    const vhost = { ...spec.virtualHosts[0]!, restrictProcess: undefined };
    const omitted = modelOfSpec({ ...spec, server, virtualHosts: [vhost] }, model, [], {
      prune: false,
    }).model;
    expect([omitted.restrictProcess, omitted.processGroup]).toEqual([model.restrictProcess, 'default']);
    // A vhost's list is part of the vhost: left out of a listed vhost, it is none.
    expect(omitted.virtualHosts[0]!.restrictProcess).toBeNull();
  });

  it('are adopted by the importer from the server config and the <VirtualHost>, not listed as unmanaged', () => {
    const model = withOuterScopes();
    const current = specOfModel(seedRestrictProcess()).server;
    const result = importServer({ files: filesOf(model), knownTenants: model.tenants }, current);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.unmanaged).toEqual([]);
    expect(result.spec).toEqual(specOfModel(model));
  });

  it('an import without them clears what the current settings had', () => {
    const current = specOfModel(withOuterScopes()).server;
    const result = importServer({ files: filesOf(seedRestrictProcess()), knownTenants: [] }, current);
    expect('restrictProcess' in result.spec.server || 'processGroup' in result.spec.server).toBe(false);
  });
});
