import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

describe('GET /audit-events shows who changed which .htaccess, filtered and paginated', () => {
  let t: TestApp;
  let server: TwoTenantServer;
  let bob: SeededUser;
  let joe: SeededUser;
  let adminToken: string;
  let startedAt: string;

  const admin = (query: string) =>
    t.http().get(`/api/v1/audit-events${query}`).set('Authorization', `Bearer ${adminToken}`).expect(200);

  beforeAll(async () => {
    t = await startApp();
    bob = await seedUser(t.app, 'bob', 'tenant');
    joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    adminToken = await logInAs(t, await seedUser(t.app, 'root', 'admin'));
    startedAt = new Date().toISOString();
    const write = async (user: SeededUser, directoryId: string, group: string) =>
      t
        .http()
        .put(`/api/v1/directories/${directoryId}/htaccess`)
        .set('Authorization', `Bearer ${await logInAs(t, user)}`)
        .send({ rules: [{ files: 'app.wsgi', processGroup: group }] })
        .expect(200);
    await write(bob, server.bobDirectoryId, 'bob:2');
    await write(bob, server.bobDirectoryId, 'bob:3');
    await write(joe, server.joeDirectoryId, 'joe:2');
  });
  afterAll(async () => {
    await t.close();
  });

  it('filters by actor, target and server, newest first, with before and after', async () => {
    const byBob = await admin(`?actor=${bob.id}`);
    expect(byBob.body.items.map((e: { after: unknown }) => e.after)).toEqual([
      { rules: [{ files: 'app.wsgi', processGroup: 'bob:3' }] },
      { rules: [{ files: 'app.wsgi', processGroup: 'bob:2' }] },
    ]);
    expect(byBob.body.items[0]).toMatchObject({
      actorUserId: bob.id,
      action: 'htaccess.replace',
      targetType: 'directory',
      targetId: server.bobDirectoryId,
      serverId: server.serverId,
      tenantId: bob.tenantId,
      before: { rules: [{ files: 'app.wsgi', processGroup: 'bob:2' }] },
    });
    expect(byBob.body.items[0].credentialId).toMatch(/^session:/);
    const joeDir = await admin(`?targetType=directory&targetId=${server.joeDirectoryId}`);
    expect(joeDir.body.items.map((e: { actorUserId: string }) => e.actorUserId)).toEqual([joe.id]);
    expect((await admin(`?serverId=${server.serverId}`)).body.items).toHaveLength(3);
  });

  it('filters by time and pages with a cursor', async () => {
    expect((await admin(`?to=${encodeURIComponent(startedAt)}`)).body.items).toEqual([]);
    const first = await admin(`?from=${encodeURIComponent(startedAt)}&limit=2`);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await admin(
      `?from=${encodeURIComponent(startedAt)}&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('is for admins only, and a misspelt filter is a 400', async () => {
    await t
      .http()
      .get('/api/v1/audit-events')
      .set('Authorization', `Bearer ${await logInAs(t, bob)}`)
      .expect(403);
    await t
      .http()
      .get('/api/v1/audit-events?actr=x')
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(400);
  });
});
