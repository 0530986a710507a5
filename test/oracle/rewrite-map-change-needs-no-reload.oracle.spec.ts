/**
 * Does a map-only publish need a graceful reload? mod_rewrite stats a txt: RewriteMap on every lookup and
 * drops its per-process cache when the file's mtime changes, so a new map file should be used at once.
 * Checked on a real Apache with the RewriteMap seed of WSGIProcessGroup.rst: change /app/a.wsgi from bob:1
 * to bob:2 in the map file only (new content, newer mtime), no reload, and request again.
 */
import { existsSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { seedProcessGroupMap } from '../../libs/apache/test-fixtures/seed-process-group-map.js';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';
import { compareRequest, isMatch } from './compare/compare-request.js';
import { createResolver, render, type ServerModel } from './engine.js';
import { deployModel } from './proof/deploy-model.js';
import { adaptSeed } from './seeds/adapt-seed.js';

const HOST = 'www.site.com';

function buildModel(root: string, port: number): ServerModel {
  const model = adaptSeed(seedProcessGroupMap(), { root, port });
  const vhost = model.virtualHosts[0]!;
  // The seed's scripts need a handler; the documented example assumes one.
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

/** The model with /app/a.wsgi moved from bob:1 to bob:2: only the map file differs. */
function moved(model: ServerModel): ServerModel {
  const next = structuredClone(model);
  next.virtualHosts[0]!.processGroupMap!.entries[0]!.processGroup = 'bob:2';
  return next;
}

async function groupsOf(apache: ApacheInstance, path: string, times: number): Promise<(string | null)[]> {
  const seen: (string | null)[] = [];
  for (let i = 0; i < times; i++) seen.push((await apache.request(HOST, path)).probe?.process_group ?? null);
  return seen;
}

describeWithApache('a changed RewriteMap txt file on a running Apache', () => {
  let apache: ApacheInstance;
  let model: ServerModel;
  let mapPath: string;

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'wsgi']);
    apache = await ApacheInstance.create();
    model = buildModel(apache.root, apache.port);
    const { written } = deployModel(apache, model, {
      scripts: ['a.wsgi', 'b.wsgi'].map((s) => `${model.directories[0]!.path}/${s}`),
    });
    const key = [...written.keys()].find((p) => p.startsWith('httpd/maps/'));
    mapPath = written.get(key ?? '') ?? '';
    await apache.start();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it('before the change: a.wsgi runs in bob:1 (and mod_rewrite has cached that lookup)', async () => {
    expect(mapPath).toMatch(/\/maps\/[^/]+\.map$/);
    expect(await groupsOf(apache, '/app/a.wsgi', 4)).toEqual(['bob:1', 'bob:1', 'bob:1', 'bob:1']);
  });

  it('after replacing only the map file (newer mtime), without any reload, a.wsgi runs in bob:2', async () => {
    const next = moved(model);
    const newMap = render(next).find((f) => mapPath.endsWith(f.path.slice('httpd'.length)));
    expect(newMap?.content).toContain('/app/a.wsgi bob:2');
    const before = statSync(mapPath).mtimeMs;
    writeFileSync(mapPath, newMap?.content ?? '');
    const later = new Date(before + 5000);
    utimesSync(mapPath, later, later);

    expect(await groupsOf(apache, '/app/a.wsgi', 4)).toEqual(['bob:2', 'bob:2', 'bob:2', 'bob:2']);
    const resolver = createResolver(next, { fileExists: existsSync });
    const comparisons = [];
    for (const path of ['/app/a.wsgi', '/app/b.wsgi']) {
      comparisons.push(
        await compareRequest(apache, HOST, path, resolver({ host: HOST, path, port: apache.port })),
      );
    }
    expect(comparisons.filter((c) => !isMatch(c))).toEqual([]);
  });
});
