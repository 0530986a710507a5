import { describe, expect, it } from '@jest/globals';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { render } from '../render/render.js';
import { specOfModel } from '../server-spec/spec-of-model.js';
import { importServer } from './import-server.js';

/** rules.md M3: what Hostplane renders for a dbm map imports back as the same spec, format included. */
describe('import adopts a dbm process-group map', () => {
  const model = seedProcessGroupMap();
  model.daemonGroups[0] = { ...model.daemonGroups[0]!, user: null, group: null };
  model.virtualHosts[0]!.processGroupMap!.format = 'dbm';
  const files = render(model).map((f) => ({
    path: f.path.startsWith('httpd/') ? `${model.configDir}/${f.path.slice('httpd/'.length)}` : f.path,
    content: f.content,
  }));
  const main = `${model.configDir}/hostplane.conf`;
  const server = specOfModel(model).server;

  it('from the RewriteMap dbm=db: line and the .txt source beside the .dbm', () => {
    expect(files.find((f) => f.path === main)?.content).toContain('dbm=db:');
    const result = importServer({ files, main, knownTenants: model.tenants }, server);
    expect(result.unmanaged).toEqual([]);
    expect(result.spec).toEqual(specOfModel(model));
    expect(result.spec.virtualHosts[0]!.processGroupMap?.format).toBe('dbm');
  });

  it('not without the text source, nor for another dbm type', () => {
    const withoutSource = importServer(
      { files: files.filter((f) => !f.path.endsWith('.txt')), main, knownTenants: model.tenants },
      server,
    );
    expect(withoutSource.spec.virtualHosts[0]!.processGroupMap).toBeNull();
    const sdbm = files.map((f) =>
      f.path === main ? { ...f, content: f.content.replace('dbm=db:', 'dbm=sdbm:') } : f,
    );
    const other = importServer({ files: sdbm, main, knownTenants: model.tenants }, server);
    expect(other.spec.virtualHosts[0]!.processGroupMap).toBeNull();
  });
});
