import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { PasswordHasher } from '#api/auth/password-hasher.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { apiClient, type ApiClient } from './support/admin-client.js';
import {
  buildRestrictProcessInventory,
  type RestrictProcessInventory,
} from './support/restrict-process-inventory.js';

describe('a tenant reads its own directories and nothing of another tenant', () => {
  let t: TestApp;
  let admin: ApiClient;
  let bob: ApiClient;
  let inv: RestrictProcessInventory;
  beforeAll(async () => {
    t = await startApp();
    admin = apiClient(t, await logInAs(t, await seedUser(t.app, 'alice', 'admin')));
    inv = await buildRestrictProcessInventory(admin);
    // bob's login belongs to the tenant the API created.
    const password = 'bob-password-123';
    await t.app.get<Database>(DATABASE).user.create({
      data: {
        username: 'bob',
        passwordHash: await t.app.get(PasswordHasher).hash(password),
        role: 'tenant',
        tenantId: inv.tenants.bob,
      },
    });
    bob = apiClient(t, await logInAs(t, { id: '', username: 'bob', password, tenantId: inv.tenants.bob }));
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /directories lists bob’s directory only, even when he asks for joe’s', async () => {
    const own = await bob.get('/directories').expect(200);
    expect(own.body.items.map((d: { id: string }) => d.id)).toEqual([inv.directories.bob]);
    const asked = await bob.get(`/directories?tenantId=${inv.tenants.joe}`).expect(200);
    expect(asked.body).toEqual({ items: [], nextCursor: null });
    const byPath = await bob.get('/directories?path=/home/joe/public_html').expect(200);
    expect(byPath.body.items).toEqual([]);
  });

  it('GET /directories/{id} answers bob’s own, and 404 without content for joe’s', async () => {
    const own = await bob.get(`/directories/${inv.directories.bob}`).expect(200);
    expect(own.body).toMatchObject({
      path: '/home/bob/public_html',
      restrictProcess: ['bob:1', 'bob:2', 'bob:3'],
    });
    const other = await bob.get(`/directories/${inv.directories.joe}`).expect(404);
    expect(other.text).not.toContain('joe');
    const missing = await bob.get('/directories/does-not-exist').expect(404);
    expect(other.body.title).toBe(missing.body.title);
  });

  it('refuses bob every inventory write and every admin read with 403', async () => {
    await bob.patch(`/directories/${inv.directories.bob}`, { restrictProcess: ['%{GLOBAL}'] }).expect(403);
    await bob.delete(`/directories/${inv.directories.bob}`).expect(403);
    await bob
      .post(`/virtual-hosts/${inv.vhostId}/directories`, { path: '/tmp', tenantId: inv.tenants.bob })
      .expect(403);
    // Group and tenant reads are tenant-scoped now (isolation/tenant-reads-only-the-inventory-…); these stay admin-only.
    await bob.get(`/servers/${inv.serverId}/virtual-hosts`).expect(403);
    await bob.get('/users').expect(403);
  });
});
