import type { INestApplication } from '@nestjs/common';
import { Prisma, daemonGroupNameKey } from '#db';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import type { SeededUser } from '../auth/seed-user.js';

export interface TwoTenantServer {
  serverId: string;
  siteVhostId: string;
  otherVhostId: string;
  bobDirectoryId: string;
  joeDirectoryId: string;
  /** bob's WSGIScriptAlias /~bob/blog in bob:1 (issue 10). */
  bobMountId: string;
  groupIds: Record<string, string>;
  bobTenantId: string;
  joeTenantId: string;
}

/**
 * WSGIRestrictProcess.rst's server written straight into the database (for suites about the .htaccess and
 * isolation, not about the inventory CRUD): global `default`, www.site.com with bob:1..3 and joe:1..3, a
 * second vhost other.example with other:1, and one directory per tenant restricted to its own groups.
 * The tenants are those of the seeded users (seedUser creates `<name>-tenant` with unix user <name>).
 */
export async function seedTwoTenantServer(
  app: INestApplication,
  bob: SeededUser,
  joe: SeededUser,
  root = '/home',
): Promise<TwoTenantServer> {
  const db = app.get<Database>(DATABASE);
  const server = await db.server.create({ data: { name: 'web-1', socketPrefix: null } });
  const site = await db.virtualHost.create({
    data: {
      serverId: server.id,
      serverName: 'www.site.com',
      addresses: ['*:80'],
      processGroup: '%{ENV:PROCESS_GROUP}',
      env: { PROCESS_GROUP: 'default' },
    },
  });
  const other = await db.virtualHost.create({
    data: { serverId: server.id, serverName: 'other.example', addresses: ['*:80'] },
  });
  const groupIds: Record<string, string> = {};
  const group = async (name: string, virtualHostId: string | null, tenant: SeededUser | null) => {
    const row = await db.daemonGroup.create({
      data: {
        serverId: server.id,
        virtualHostId,
        tenantId: tenant?.tenantId ?? null,
        name,
        nameKey: daemonGroupNameKey(name),
        processes: tenant === null ? 2 : null,
        threads: 25,
        user: tenant?.username ?? null,
        group: tenant?.username ?? null,
      },
    });
    groupIds[name] = row.id;
  };
  await group('default', null, null);
  for (const n of [1, 2, 3]) await group(`bob:${n}`, site.id, bob);
  for (const n of [1, 2, 3]) await group(`joe:${n}`, site.id, joe);
  await group('other:1', other.id, null);
  const directory = (tenant: SeededUser) =>
    db.directory.create({
      data: {
        serverId: server.id,
        virtualHostId: site.id,
        tenantId: tenant.tenantId ?? '',
        path: `${root}/${tenant.username}/public_html`,
        urlPath: `/${tenant.username}`,
        allowOverride: ['FileInfo'],
        options: ['ExecCGI'],
        handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
        restrictProcess: [1, 2, 3].map((n) => `${tenant.username}:${n}`) as Prisma.InputJsonValue,
        env: { PROCESS_GROUP: `${tenant.username}:1` },
      },
    });
  const bobDirectory = await directory(bob);
  const joeDirectory = await directory(joe);
  const bobMount = await db.wsgiMount.create({
    data: {
      serverId: server.id,
      virtualHostId: site.id,
      tenantId: bob.tenantId ?? null,
      urlPath: '/~bob/blog',
      script: `${root}/${bob.username}/public_html/blog/wsgi.py`,
      // bob:1: the group suites that narrow bob's restriction list keep.
      processGroup: 'bob:1',
    },
  });
  return {
    serverId: server.id,
    siteVhostId: site.id,
    otherVhostId: other.id,
    bobDirectoryId: bobDirectory.id,
    joeDirectoryId: joeDirectory.id,
    bobMountId: bobMount.id,
    groupIds,
    bobTenantId: bob.tenantId ?? '',
    joeTenantId: joe.tenantId ?? '',
  };
}
