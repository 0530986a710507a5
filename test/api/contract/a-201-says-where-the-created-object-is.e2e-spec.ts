import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedRestrictProcess } from '../../../libs/apache/test-fixtures/seed-restrict-process.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { insertModel } from '#test-support/data/insert-model.js';

/** RFC 9110 §15.3.2: a 201 names the created resource in Location, and reading it gives the same object. */
describe('Location on every 201', () => {
  let t: TestApp;
  let admin: string;
  const post = (path: string, body?: object) =>
    t.http().post(`/api/v1${path}`).set('Authorization', admin).send(body);
  const read = (location: string) => t.http().get(location).set('Authorization', admin);

  beforeAll(async () => {
    t = await startApp();
    await insertModel(t.app.get<Database>(DATABASE), { ...seedRestrictProcess(), id: 'srv-located' });
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'located-admin', 'admin'))}`;
  });
  afterAll(async () => {
    await t?.close();
  });

  async function expectLocated(res: {
    status: number;
    headers: Record<string, string>;
    body: { id: string };
  }) {
    expect(res.status).toBe(201);
    const location = res.headers.location ?? '';
    expect(location).toMatch(new RegExp(`^/api/v1/[a-z-]+/${res.body.id}$`));
    const again = await read(location);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: res.body.id });
  }

  it('points at the created server, tenant, user, virtual host, daemon group and directory', async () => {
    const server = await post('/servers', { name: 'located' });
    await expectLocated(server);
    const tenant = await post('/tenants', { name: 'loc', unixUser: 'loc', unixGroup: 'loc' });
    await expectLocated(tenant);
    await expectLocated(
      await post('/users', { username: 'loc-user', password: 'a long enough passphrase 1', role: 'admin' }),
    );
    const vhost = await post(`/servers/${server.body.id}/virtual-hosts`, {
      serverName: 'loc.example.com',
      addresses: ['*:80'],
    });
    await expectLocated(vhost);
    await expectLocated(await post(`/servers/${server.body.id}/daemon-groups`, { name: 'loc' }));
    await expectLocated(
      await post(`/virtual-hosts/${vhost.body.id}/directories`, {
        path: '/srv/loc/app',
        tenantId: tenant.body.id,
      }),
    );
  });

  it('points at a created API token, which DELETE there revokes', async () => {
    const token = await post('/auth/tokens', { name: 'located' });
    expect(token.status).toBe(201);
    expect(token.headers.location).toBe(`/api/v1/auth/tokens/${token.body.id}`);
    await t
      .http()
      .delete(token.headers.location ?? '')
      .set('Authorization', admin)
      .expect(204);
  });

  it('points at a publication that stored a revision, and is absent from a no-op', async () => {
    const published = await post('/servers/srv-located/publications');
    await expectLocated(published);
    const again = await post('/servers/srv-located/publications');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ noop: true });
    expect(again.headers.location).toBeUndefined();
  });
});
