/**
 * api-v1: "Inventory (admin writes; tenants read what concerns them)". bob reads his tenant record, the
 * daemon groups serving him and the vhost his directory lives in (a tenant view of it); everything else
 * answers 404 exactly like an id that does not exist. Admins keep the full records.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('a tenant reads only the inventory that concerns it', () => {
  let t: TestApp;
  let server: TwoTenantServer;
  let bob: SeededUser;
  let bobAuth: string;
  let adminAuth: string;
  let joeOnlyServerId: string;

  beforeAll(async () => {
    t = await startApp();
    bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    const db = t.app.get<Database>(DATABASE);
    // The shared vhost gets a map naming joe's group and URL: the tenant view must not carry it.
    await db.virtualHost.update({
      where: { id: server.siteVhostId },
      data: {
        processGroupMap: {
          variable: 'PROCESS_GROUP',
          fallback: 'default',
          entries: [{ uri: '/joe/wiki.wsgi', processGroup: 'joe:2' }],
        },
      },
    });
    // A second server holding only a directory of joe's.
    const web2 = await db.server.create({ data: { name: 'web-2', socketPrefix: null } });
    const vhost = await db.virtualHost.create({
      data: { serverId: web2.id, serverName: 'joe.example', addresses: ['*:80'] },
    });
    await db.directory.create({
      data: { serverId: web2.id, virtualHostId: vhost.id, tenantId: server.joeTenantId, path: '/srv/joe' },
    });
    joeOnlyServerId = web2.id;
    bobAuth = `Bearer ${await logInAs(t, bob)}`;
    adminAuth = `Bearer ${await logInAs(t, await seedUser(t.app, 'alice', 'admin'))}`;
  });
  afterAll(async () => {
    await t.close();
  });

  const asBob = (url: string) => t.http().get(`/api/v1${url}`).set('Authorization', bobAuth);
  const asAdmin = (url: string) => t.http().get(`/api/v1${url}`).set('Authorization', adminAuth);
  /** A 404 body with the ids joe's and absent objects differ by blanked out. */
  const shape = (body: Record<string, unknown>, id: string) =>
    JSON.parse(
      JSON.stringify({ ...body, instance: undefined, requestId: undefined })
        .split(id)
        .join('ID'),
    );

  it('GET /tenants and /tenants/{id}: his own record, never another', async () => {
    const list = await asBob('/tenants').expect(200);
    expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([bob.tenantId]);
    expect((await asBob(`/tenants/${bob.tenantId}`).expect(200)).body.unixUser).toBe('bob');
    const other = await asBob(`/tenants/${server.joeTenantId}`).expect(404);
    const missing = await asBob(`/tenants/${MISSING}`).expect(404);
    expect(shape(other.body, server.joeTenantId)).toEqual(shape(missing.body, MISSING));
    expect((await asAdmin('/tenants').expect(200)).body.items).toHaveLength(2);
  });

  it('GET /servers/{id}/daemon-groups: the groups serving him, not global or joe’s ones', async () => {
    const res = await asBob(`/servers/${server.serverId}/daemon-groups`).expect(200);
    expect(res.body.items.map((g: { name: string }) => g.name).sort()).toEqual(['bob:1', 'bob:2', 'bob:3']);
    const filtered = await asBob(`/servers/${server.serverId}/daemon-groups?name=BOB:2&limit=1`).expect(200);
    expect(filtered.body.items.map((g: { name: string }) => g.name)).toEqual(['bob:2']);
    const admin = await asAdmin(`/servers/${server.serverId}/daemon-groups`).expect(200);
    expect(admin.body.items).toHaveLength(8);
  });

  it('a server holding nothing of his answers like a server that does not exist', async () => {
    const other = await asBob(`/servers/${joeOnlyServerId}/daemon-groups`).expect(404);
    const missing = await asBob(`/servers/${MISSING}/daemon-groups`).expect(404);
    expect(shape(other.body, joeOnlyServerId)).toEqual(shape(missing.body, MISSING));
  });

  it('GET /daemon-groups/{id}: his group reads, a global or joe’s group is 404', async () => {
    const own = await asBob(`/daemon-groups/${server.groupIds['bob:2']}`).expect(200);
    expect(own.body).toMatchObject({ name: 'bob:2', tenantId: bob.tenantId });
    await asBob(`/daemon-groups/${server.groupIds['joe:2']}`).expect(404);
    await asBob(`/daemon-groups/${server.groupIds.default}`).expect(404);
    await asAdmin(`/daemon-groups/${server.groupIds.default}`).expect(200);
  });

  it('GET /virtual-hosts/{id}: the tenant view of the vhost holding his directory, without env or map', async () => {
    const res = await asBob(`/virtual-hosts/${server.siteVhostId}`).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(
      ['addresses', 'createdAt', 'id', 'serverAliases', 'serverId', 'serverName', 'updatedAt'].sort(),
    );
    expect(res.body).toMatchObject({ serverName: 'www.site.com', addresses: ['*:80'] });
    expect(res.text).not.toContain('joe');
    const other = await asBob(`/virtual-hosts/${server.otherVhostId}`).expect(404);
    const missing = await asBob(`/virtual-hosts/${MISSING}`).expect(404);
    expect(shape(other.body, server.otherVhostId)).toEqual(shape(missing.body, MISSING));
    const full = await asAdmin(`/virtual-hosts/${server.siteVhostId}`).expect(200);
    expect(full.body).toMatchObject({
      env: { PROCESS_GROUP: 'default' },
      processGroupMap: { fallback: 'default' },
    });
  });

  it('writes stay admin-only', async () => {
    const patch = await t
      .http()
      .patch(`/api/v1/daemon-groups/${server.groupIds['bob:2']}`)
      .set('Authorization', bobAuth)
      .send({ threads: 5 });
    expect(patch.status).toBe(403);
  });
});
