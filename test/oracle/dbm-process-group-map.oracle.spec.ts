/**
 * Issue 10 item 4: the RewriteMap seed of WSGIProcessGroup.rst uses `dbm:`. A map with format "dbm" is
 * rendered as its text source plus `RewriteMap … dbm=db:<configDir>/maps/<stem>.dbm`; libs/deploy builds the
 * .dbm with httxt2dbm on the web server, checks it, and stages, swaps and rolls it back like every file.
 * Proven here through applyRevision into a real Apache: mapped URIs land in their groups, an unmapped URI
 * in the fallback (spec §7a), a changed map is picked up without a reload, a failed build or a failed reload
 * leaves the previous map live.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { seedProcessGroupMap } from '../../libs/apache/test-fixtures/seed-process-group-map.js';
import { applyRevision, type ApplyInput, type DeployedFile } from '#deploy';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import { compareRequest, isMatch } from './compare/compare-request.js';
import { createResolver, render, type RenderedFile, type ServerModel } from './engine.js';
import { adaptSeed } from './seeds/adapt-seed.js';

const HOST = 'www.site.com';
const SCRIPTS = ['a.wsgi', 'b.wsgi', 'c.wsgi'];

function buildModel(root: string, port: number): ServerModel {
  const model = adaptSeed(seedProcessGroupMap(), { root, port });
  const vhost = model.virtualHosts[0]!;
  vhost.processGroupMap!.format = 'dbm';
  model.directories.push({
    id: 'dir-app',
    virtualHostId: vhost.id,
    tenantId: 'tn-bob',
    path: `${vhost.documentRoot}/app`,
    urlPath: null,
    allowOverride: ['None'],
    options: ['ExecCGI'],
    handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
    restrictProcess: null,
    processGroup: null,
    env: {},
    rules: [],
  });
  return model;
}

describeWithApache('a dbm process-group map built at apply time, on a real Apache', () => {
  let apache: ApacheInstance;
  let model: ServerModel;
  let live: readonly DeployedFile[] = [];
  let revision = 0;
  let base: Omit<ApplyInput, 'revision' | 'files' | 'previousFiles'>;
  const dbmPath = () => `${model.configDir}/maps/www.site.com.dbm`;
  const groupOf = async (path: string) => (await apache.request(HOST, path)).probe?.process_group ?? null;

  async function publish(next: ServerModel, extra: Partial<ApplyInput> = {}) {
    const files: RenderedFile[] = render(next);
    const result = await applyRevision({
      ...base,
      ...extra,
      revision: String(++revision),
      files,
      previousFiles: live,
    });
    if (result.status === 'live') live = files.map((f) => ({ path: f.path, sha256: f.sha256 }));
    return { result, files };
  }

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'wsgi']);
    apache = await ApacheInstance.create();
    model = buildModel(apache.root, apache.port);
    for (const s of SCRIPTS) apache.writeProbe(`${model.directories[0]!.path}/${s}`);
    const defines = `${apache.root}/hostplane-include.conf`;
    apache.writeFile(
      defines,
      [
        '<IfDefine !HOSTPLANE_INCLUDE>',
        `Define HOSTPLANE_INCLUDE ${model.configDir}/hostplane.conf`,
        '</IfDefine>',
        'IncludeOptional ${HOSTPLANE_INCLUDE}',
        '',
      ].join('\n'),
    );
    apache.includeFiles = [defines];
    await apache.start();
    const main = apache.layout.mainConfig;
    base = {
      target: { configDir: model.configDir },
      journalDir: `${apache.root}/journal`,
      configtest: {
        argv: ['/usr/sbin/apache2', '-t', '-f', main, '-C', 'Define HOSTPLANE_INCLUDE {include}'],
      },
      reload: { argv: ['/usr/sbin/apache2', '-f', main, '-k', 'graceful'] },
    };
  }, 60_000);

  afterAll(async () => {
    await apache?.dispose();
  });

  it('the first publish renders the dbm RewriteMap and its text source, and builds a Berkeley DB file', async () => {
    const mark = apache.logMark();
    const { result, files } = await publish(model);
    expect(result.failure).toBeNull();
    expect(result.status).toBe('live');
    const include = files.find((f) => f.path === 'httpd/hostplane.conf')?.content ?? '';
    expect(include).toContain(`RewriteMap hostplane_pgmap dbm=db:${dbmPath()}\n`);
    expect(include).toContain('[E=PROCESS_GROUP:${hostplane_pgmap:%{REQUEST_URI}|default}]');
    expect(files.map((f) => f.path)).toContain('httpd/maps/www.site.com.txt');
    expect(result.changedPaths).toContain('httpd/maps/www.site.com.dbm');
    expect(execFileSync('file', ['-b', dbmPath()]).toString()).toMatch(/^Berkeley DB/);
    await apache.waitForLog(mark, 'resuming normal operations');
  }, 60_000);

  it('mapped URIs run in their groups, an unmapped URI in the fallback, as resolve() predicts', async () => {
    const resolver = createResolver(model, { fileExists: existsSync });
    const comparisons = [];
    for (const script of SCRIPTS) {
      const path = `/app/${script}`;
      comparisons.push(
        await compareRequest(apache, HOST, path, resolver({ host: HOST, path, port: apache.port })),
      );
    }
    expect(comparisons.filter((c) => !isMatch(c))).toEqual([]);
    expect([
      await groupOf('/app/a.wsgi'),
      await groupOf('/app/b.wsgi'),
      await groupOf('/app/c.wsgi'),
    ]).toEqual(['bob:1', 'bob:2', 'default']);
  }, 30_000);

  it('a changed entry rebuilds only the map: no reload, and the next request follows the new .dbm', async () => {
    const next = structuredClone(model);
    next.virtualHosts[0]!.processGroupMap!.entries[0]!.processGroup = 'bob:2';
    const mark = apache.logMark();
    const { result } = await publish(next);
    expect(result.status).toBe('live');
    expect(result.reloaded).toBe(false);
    expect([...result.changedPaths].sort()).toEqual([
      'httpd/maps/www.site.com.dbm',
      'httpd/maps/www.site.com.txt',
    ]);
    expect(await groupOf('/app/a.wsgi')).toBe('bob:2');
    expect(apache.logSince(mark)).not.toContain('resuming normal operations');
    model = next;
  }, 30_000);

  it('a build httxt2dbm refuses fails the publish before anything is swapped', async () => {
    const before = readFileSync(dbmPath());
    const next = structuredClone(model);
    next.virtualHosts[0]!.processGroupMap!.entries[0]!.processGroup = 'bob:1';
    const { result } = await publish(next, {
      // NDBM is not built into Debian's apr-util: httxt2dbm exits 1 ("DSO load failed").
      mapBuild: { argv: ['httxt2dbm', '-v', '-f', 'NDBM', '-i', '{source}', '-o', '{output}'] },
    });
    expect(result.status).toBe('failed');
    expect(result.failure?.step).toBe('stage');
    expect(result.failure?.message).toMatch(/^httxt2dbm could not build .*www\.site\.com\.dbm: Error: /);
    expect(readFileSync(dbmPath())).toEqual(before);
    expect(await groupOf('/app/a.wsgi')).toBe('bob:2');
  }, 30_000);

  it('a failed reload rolls the .dbm back with every other file', async () => {
    const before = readFileSync(dbmPath());
    const next = structuredClone(model);
    next.virtualHosts[0]!.processGroupMap!.entries[0]!.processGroup = 'bob:1';
    next.virtualHosts[0]!.env = { PROCESS_GROUP: 'default', CHANGED: 'yes' }; // the include changes too
    const { result } = await publish(next, { reload: { argv: ['/bin/false'] } });
    expect(result.status).toBe('rolled_back');
    expect(result.rollback?.restoredPaths).toContain('httpd/maps/www.site.com.dbm');
    expect(readFileSync(dbmPath())).toEqual(before);
    expect(await groupOf('/app/a.wsgi')).toBe('bob:2');
  }, 30_000);

  it('back to txt: the .dbm and its source are deleted, the txt map serves', async () => {
    const next = structuredClone(model);
    next.virtualHosts[0]!.processGroupMap!.format = 'txt';
    const mark = apache.logMark();
    const { result } = await publish(next);
    expect(result.status).toBe('live');
    expect([...result.deletedPaths].sort()).toEqual([
      'httpd/maps/www.site.com.dbm',
      'httpd/maps/www.site.com.txt',
    ]);
    expect(existsSync(dbmPath())).toBe(false);
    await apache.waitForLog(mark, 'resuming normal operations');
    expect([await groupOf('/app/a.wsgi'), await groupOf('/app/c.wsgi')]).toEqual(['bob:2', 'default']);
  }, 60_000);
});
