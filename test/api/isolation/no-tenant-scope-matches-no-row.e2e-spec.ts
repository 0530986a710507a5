/**
 * A tenant user without a tenant (the database's CHECK forbids it, so only a bug could make one) gets the
 * `none` scope, and every scoped repository read finds nothing with it: not everything (the admin view),
 * and not the objects that belong to no tenant either. Asked of the repositories directly, since no request
 * can carry such a principal.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { TenantScope } from '#api/auth/tenant-scope.js';
import { DaemonGroupRepository } from '#api/inventory/daemon-groups/daemon-group.repository.js';
import { DirectoryRepository } from '#api/inventory/directories/directory.repository.js';
import { TenantRepository } from '#api/inventory/tenants/tenant.repository.js';
import { VirtualHostRepository } from '#api/inventory/virtual-hosts/virtual-host.repository.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

const NONE: TenantScope = { kind: 'none' };
const ADMIN: TenantScope = { kind: 'admin' };
const PAGE = { limit: 100 };

describe('the none scope matches no row', () => {
  let t: TestApp;
  let s: TwoTenantServer;

  beforeAll(async () => {
    t = await startApp();
    s = await seedTwoTenantServer(
      t.app,
      await seedUser(t.app, 'bob', 'tenant'),
      await seedUser(t.app, 'joe', 'tenant'),
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('finds no single object that the admin scope finds', async () => {
    const groups = t.app.get(DaemonGroupRepository);
    const directories = t.app.get(DirectoryRepository);
    const tenants = t.app.get(TenantRepository);
    const vhosts = t.app.get(VirtualHostRepository);
    const lookups = (scope: TenantScope) =>
      Promise.all([
        directories.findDirectoryInScope(s.bobDirectoryId, scope),
        groups.findDaemonGroupInScope(s.groupIds['bob:1'] ?? '', scope),
        groups.findDaemonGroupInScope(s.groupIds['default'] ?? '', scope),
        tenants.findTenantInScope(s.bobTenantId, scope),
        vhosts.findVirtualHostInScope(s.siteVhostId, scope),
        groups.serverConcernsScope(s.serverId, scope),
      ]);
    expect((await lookups(ADMIN)).map((found) => Boolean(found))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect((await lookups(NONE)).map((found) => Boolean(found))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('lists nothing', async () => {
    const id = <T>(row: T) => row;
    const pages = await Promise.all([
      t.app.get(DirectoryRepository).listDirectories(NONE, PAGE, id),
      t.app.get(TenantRepository).listTenants(NONE, PAGE, id),
      t.app.get(DaemonGroupRepository).listDaemonGroupsOfServer(s.serverId, NONE, PAGE, id),
    ]);
    expect(pages.map((page) => page.items.length)).toEqual([0, 0, 0]);
  });
});
