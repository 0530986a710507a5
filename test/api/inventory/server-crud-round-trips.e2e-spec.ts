import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { apiClient, type ApiClient } from './support/admin-client.js';

describe('servers: create, read, update, delete through HTTP', () => {
  let t: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await startApp();
    admin = apiClient(t, await logInAs(t, await seedUser(t.app, 'alice', 'admin')));
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a server with defaults, reads it back, updates it and bumps its model revision', async () => {
    const created = await admin.post('/servers', { name: 'web1' }).expect(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      name: 'web1',
      modWsgiVersion: '4.9',
      socketPrefix: null,
      restrictEmbedded: false,
      apacheUser: 'www-data',
      configDir: '/etc/apache2/hostplane',
      modelRevision: 0,
    });
    const id = created.body.id as string;
    await admin.get(`/servers/${id}`).expect(200, created.body);
    const updated = await admin
      .patch(`/servers/${id}`, { socketPrefix: '/var/run/wsgi', modWsgiVersion: '5.0' })
      .expect(200);
    expect(updated.body).toMatchObject({
      socketPrefix: '/var/run/wsgi',
      modWsgiVersion: '5.0',
      modelRevision: 1,
    });
    await admin.delete(`/servers/${id}`).expect(204);
    await admin.get(`/servers/${id}`).expect(404);
  });

  it('answers 409, not 500, for a second server with the same name', async () => {
    await admin.post('/servers', { name: 'twin' }).expect(201);
    const res = await admin.post('/servers', { name: 'twin' }).expect(409);
    expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:conflict', status: 409 });
  });

  it('refuses a hostile socket prefix with 422 diagnostics and stores nothing', async () => {
    const res = await admin
      .post('/servers', { name: 'evil', socketPrefix: '/tmp/x\nLoadModule evil' })
      .expect(422);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ severity: 'error', path: '/server/socketPrefix' })]),
    );
    const list = await admin.get('/servers?name=evil').expect(200);
    expect(list.body).toEqual({ items: [], nextCursor: null });
  });
});
