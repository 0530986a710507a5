/**
 * Issue 10, "done means" for mounts: bob, through HTTP only, mounts a Django-shaped app at /~bob/blog in
 * bob:2; joe:1 and joe's directory are refused with a 422 naming the rule; joe's mount is 404 to bob; the
 * rendered config runs on a real Apache and the mount is served from the group GET /resolve predicted.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import {
  ApacheInstance,
  describeWithApache,
  ensureUnixUsers,
  PROBE_WSGI_SOURCE,
  writeRenderedFiles,
} from '#test-support/apache/index.js';
import { startScenario, type ScenarioApp } from '../seed-scenario/scenario-app.js';

describeWithApache('WSGI mounts: tenant self-service over HTTP, served by a real Apache', () => {
  let apache: ApacheInstance;
  let s: ScenarioApp;
  let bobScript = '';
  let bobMountId = '';
  let joeMountId = '';

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create();
    s = await startScenario({ root: apache.root, port: apache.port });
    bobScript = `${apache.root}/home/bob/public_html/blog/wsgi.py`;
    apache.writeFile(bobScript, PROBE_WSGI_SOURCE);
  }, 120_000);

  afterAll(async () => {
    await s?.t.close();
    await apache?.dispose();
  });

  const vhostMounts = () => `/virtual-hosts/${s.built.siteVhostId}/wsgi-mounts`;

  it('bob mounts his app at /~bob/blog in bob:2', async () => {
    const created = await s.bob.post<{ id: string; tenantId: string }>(vhostMounts(), {
      urlPath: '/~bob/blog',
      script: bobScript,
      processGroup: 'bob:2',
      applicationGroup: '%{GLOBAL}',
    });
    expect(created.tenantId).toBe(s.built.tenantIds.bob);
    bobMountId = created.id;
    const listed = await s.bob.get(vhostMounts()).expect(200);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([bobMountId]);
  });

  it.each([
    ['joe:1', { processGroup: 'joe:1' }, 'MOUNT_GROUP_NOT_IN_RESTRICT_LIST'],
    ["joe's directory", { script: '/JOE/wsgi.py' }, 'MOUNT_SCRIPT_OUTSIDE_TENANT_DIRECTORIES'],
    ["joe's tenant id", { tenantId: 'JOE' }, 'MOUNT_TENANT_NOT_ALLOWED'],
  ])('bob is refused %s with a 422 naming the rule', async (_what, change, code) => {
    const body = {
      urlPath: '/~bob/other',
      script: bobScript,
      processGroup: 'bob:2',
      ...change,
      ...('script' in change ? { script: `${apache.root}/home/joe/public_html/wsgi.py` } : {}),
      ...('tenantId' in change ? { tenantId: s.built.tenantIds.joe } : {}),
    };
    const res = await s.bob.request('post', vhostMounts()).send(body);
    expect(res.status).toBe(422);
    const codes = (res.body.errors as { code: string }[]).map((e) => e.code);
    expect(codes).toContain(code);
  });

  it("joe's mount is 404 to bob (GET, PATCH, DELETE), and joe cannot take bob's URL space", async () => {
    const joe = await s.joe.post<{ id: string }>(vhostMounts(), {
      urlPath: '/~joe/app',
      script: `${apache.root}/home/joe/public_html/app/wsgi.py`,
      processGroup: 'joe:1',
    });
    joeMountId = joe.id;
    await s.bob.get(`/wsgi-mounts/${joeMountId}`).expect(404);
    await s.bob.request('patch', `/wsgi-mounts/${joeMountId}`).send({ processGroup: 'bob:1' }).expect(404);
    await s.bob.request('delete', `/wsgi-mounts/${joeMountId}`).expect(404);
    const listed = await s.bob.get(vhostMounts()).expect(200);
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([bobMountId]);
    const taken = await s.joe.request('post', vhostMounts()).send({
      urlPath: '/~bob/blog/admin',
      script: `${apache.root}/home/joe/public_html/x.py`,
      processGroup: 'joe:1',
    });
    expect(taken.status).toBe(422);
    expect((taken.body.errors as { code: string }[]).map((e) => e.code)).toContain('MOUNT_URL_SPACE_TAKEN');
  });

  it('bob can change his own mount (a PATCH re-validated) and the admin sees both mounts', async () => {
    await s.bob.request('patch', `/wsgi-mounts/${bobMountId}`).send({ processGroup: 'joe:2' }).expect(422);
    await s.bob.request('patch', `/wsgi-mounts/${bobMountId}`).send({ processGroup: 'bob:2' }).expect(200);
    const all = await s.admin.get(vhostMounts()).expect(200);
    expect(all.body.items).toHaveLength(2);
  });

  it('the rendered config passes apache2 -t and serves /~bob/blog from the group resolve predicted', async () => {
    const config = await s.admin.get(`/servers/${s.built.serverId}/config`).expect(200);
    const include = config.body.files.find((f: { path: string }) => f.path === 'httpd/hostplane.conf');
    expect(include.content).toContain(
      `WSGIScriptAlias /~bob/blog ${bobScript} process-group=bob:2 application-group=%{GLOBAL}`,
    );
    const written = writeRenderedFiles(apache, config.body.files, `${apache.root}/hostplane`);
    apache.includeFiles = [written.get('httpd/hostplane.conf') ?? ''];
    const check = await apache.configtest();
    expect(check.output.trim()).toBe('Syntax OK');
    await apache.start();
    for (const path of ['/~bob/blog', '/~bob/blog/2026/12/hello']) {
      const predicted = await s.bob
        .get(`/servers/${s.built.serverId}/resolve?host=www.site.com&path=${encodeURIComponent(path)}`)
        .expect(200);
      expect(predicted.body.processGroup).toBe('bob:2');
      const real = await apache.request('www.site.com', path);
      expect(real.status).toBe(predicted.body.status);
      expect(real.probe?.process_group).toBe(predicted.body.processGroup);
      expect(real.probe?.user).toBe(predicted.body.runsAs.user);
      expect(real.probe?.application_group).toBe(predicted.body.applicationGroup);
    }
  }, 60_000);

  it('bob deletes his mount', async () => {
    await s.bob.request('delete', `/wsgi-mounts/${bobMountId}`).expect(204);
    await s.bob.get(`/wsgi-mounts/${bobMountId}`).expect(404);
  });
});
