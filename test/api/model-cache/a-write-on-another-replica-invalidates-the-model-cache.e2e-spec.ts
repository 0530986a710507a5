/**
 * The model cache is per process; servers.model_revision and its NOTIFY are the invalidation signal.
 * Replica A caches the model (validation, config, resolve); replica B writes bob's .htaccess; A's answers
 * include it as soon as the notification has arrived (a few ms; polled, bounded).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';
import { eventually } from '#test-support/eventually.js';
import { startReplica, type Replica } from '#test-support/app/start-replica.js';

describe('model cache across API replicas', () => {
  let a: TestApp;
  let b: Replica;
  let server: TwoTenantServer;
  let adminToken: string;
  let bobToken: string;

  beforeAll(async () => {
    a = await startApp();
    b = await startReplica(a);
    const bob = await seedUser(a.app, 'bob', 'tenant');
    const joe = await seedUser(a.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(a.app, bob, joe);
    adminToken = await logInAs(a, await seedUser(a.app, 'root', 'admin'));
    bobToken = await logInAs(a, bob);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const resolveOnA = () =>
    a
      .http()
      .get(`/api/v1/servers/${server.serverId}/resolve?host=www.site.com&path=/bob/blog.wsgi`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
  const configOnA = () =>
    a
      .http()
      .get(`/api/v1/servers/${server.serverId}/config`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);

  it('replica A answers from its cache, then sees replica B’s write on the next request', async () => {
    expect((await resolveOnA()).body.processGroup).toBe('bob:1');
    const before = await configOnA();
    expect(before.body.files.map((f: { path: string }) => f.path)).not.toContain(
      '/home/bob/public_html/.htaccess',
    );

    await b
      .http()
      .put(`/api/v1/directories/${server.bobDirectoryId}/htaccess`)
      .set('Authorization', `Bearer ${bobToken}`)
      .send({ rules: [{ files: 'blog.wsgi', processGroup: 'bob:2' }] })
      .expect(200);

    await eventually(async () => ((await resolveOnA()).body.processGroup === 'bob:2' ? true : undefined));
    const after = await configOnA();
    expect(after.body.digest).not.toBe(before.body.digest);
    const htaccess = after.body.files.find(
      (f: { path: string }) => f.path === '/home/bob/public_html/.htaccess',
    );
    expect(htaccess?.content).toContain('SetEnv PROCESS_GROUP bob:2');
  });

  it('an .htaccess GET on A after a write on B serves the new ETag and rules', async () => {
    const onB = await b
      .http()
      .put(`/api/v1/directories/${server.bobDirectoryId}/htaccess`)
      .set('Authorization', `Bearer ${bobToken}`)
      .send({ rules: [{ files: 'wiki.wsgi', processGroup: 'bob:3' }] })
      .expect(200);
    const { value: onA } = await eventually(async () => {
      const res = await a
        .http()
        .get(`/api/v1/directories/${server.bobDirectoryId}/htaccess`)
        .set('Authorization', `Bearer ${bobToken}`)
        .expect(200);
      return res.body.etag === onB.body.etag ? res : undefined;
    });
    expect(onA.body).toEqual(onB.body);
  });
});
