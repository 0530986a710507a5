/**
 * The end of WSGIRestrictProcess.rst's story on a real Apache: what the API built and bob wrote is fetched
 * from GET /config, written into a private Apache + mod_wsgi, passes `apache2 -t`, and every request runs
 * in the daemon group GET /resolve predicted (and the documentation promises).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import {
  ApacheInstance,
  describeWithApache,
  ensureUnixUsers,
  PROBE_WSGI_SOURCE,
  writeRenderedFiles,
} from '#test-support/apache/index.js';
import { startScenario, type ScenarioApp } from './scenario-app.js';

const SCRIPTS = ['blog.wsgi', 'wiki.wsgi', 'other.wsgi'];

/** [path, group the documentation promises] */
const PROMISED: [string, string][] = [
  ['/bob/blog.wsgi', 'bob:2'],
  ['/bob/wiki.wsgi', 'bob:3'],
  ['/bob/other.wsgi', 'bob:1'],
  ['/joe/blog.wsgi', 'joe:1'],
  ['/joe/wiki.wsgi', 'joe:3'],
];

describeWithApache('WSGIRestrictProcess.rst: the API’s config on a real Apache', () => {
  let apache: ApacheInstance;
  let s: ScenarioApp;

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create();
    s = await startScenario({ root: apache.root, port: apache.port });
    await s.bob
      .put(`/directories/${s.built.directoryIds.bob}/htaccess`)
      .send({
        rules: [
          { files: 'blog.wsgi', processGroup: 'bob:2' },
          { files: 'wiki.wsgi', processGroup: 'bob:3' },
        ],
      })
      .expect(200);
    await s.joe
      .put(`/directories/${s.built.directoryIds.joe}/htaccess`)
      .set('Content-Type', 'text/plain')
      .send('<Files wiki.wsgi>\nSetEnv PROCESS_GROUP joe:3\n</Files>\n')
      .expect(200);
    const config = await s.admin.get(`/servers/${s.built.serverId}/config`).expect(200);
    const written = writeRenderedFiles(apache, config.body.files, `${apache.root}/hostplane`);
    for (const tenant of ['bob', 'joe']) {
      for (const script of SCRIPTS)
        apache.writeFile(`${apache.root}/home/${tenant}/public_html/${script}`, PROBE_WSGI_SOURCE);
    }
    apache.includeFiles = [written.get('httpd/hostplane.conf') ?? ''];
  }, 120_000);

  afterAll(async () => {
    await s?.t.close();
    await apache?.dispose();
  });

  it('the server validates and GET /config is stable (same digest twice)', async () => {
    const validation = await s.admin.get(`/servers/${s.built.serverId}/validation`).expect(200);
    expect(validation.body.valid).toBe(true);
    const a = await s.admin.get(`/servers/${s.built.serverId}/config`).expect(200);
    const b = await s.admin.get(`/servers/${s.built.serverId}/config`).expect(200);
    expect(a.body.digest).toBe(b.body.digest);
    expect(a.body.files.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['httpd/hostplane.conf', `${apache.root}/home/bob/public_html/.htaccess`]),
    );
  });

  it('apache2 -t accepts the rendered config, and Apache starts', async () => {
    const result = await apache.configtest();
    expect(result.output.trim()).toBe('Syntax OK');
    await apache.start();
  }, 60_000);

  it.each(PROMISED)('%s runs in %s, as GET /resolve predicted', async (path, promised) => {
    const tenant = path.split('/')[1] === 'bob' ? s.bob : s.joe;
    const predicted = await tenant
      .get(`/servers/${s.built.serverId}/resolve?host=www.site.com&path=${encodeURIComponent(path)}`)
      .expect(200);
    expect(predicted.body.processGroup).toBe(promised);
    const real = await apache.request('www.site.com', path);
    expect(real.status).toBe(predicted.body.status);
    expect(real.probe?.process_group).toBe(predicted.body.processGroup);
    expect(real.probe?.user).toBe(predicted.body.runsAs.user);
  });
});
