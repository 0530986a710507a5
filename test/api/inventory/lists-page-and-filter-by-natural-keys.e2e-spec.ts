import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { apiClient, type ApiClient } from './support/admin-client.js';
import {
  buildRestrictProcessInventory,
  type RestrictProcessInventory,
} from './support/restrict-process-inventory.js';

describe('every list pages with limit/cursor and filters by its natural key', () => {
  let t: TestApp;
  let admin: ApiClient;
  let inv: RestrictProcessInventory;
  beforeAll(async () => {
    t = await startApp();
    admin = apiClient(t, await logInAs(t, await seedUser(t.app, 'alice', 'admin')));
    inv = await buildRestrictProcessInventory(admin);
    for (const name of ['web2', 'web3', 'web4']) await admin.post('/servers', { name }).expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it('walks all seven groups three at a time without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const res = await admin.get(`/servers/${inv.serverId}/daemon-groups?limit=3${query}`).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...res.body.items.map((g: { name: string }) => g.name));
      cursor = res.body.nextCursor as string | null;
      pages += 1;
    } while (cursor !== null);
    expect(pages).toBe(3);
    expect(seen).toEqual(['default', 'bob:1', 'bob:2', 'bob:3', 'joe:1', 'joe:2', 'joe:3']);
  });

  it('pages servers too, and says when there is no next page', async () => {
    const first = await admin.get('/servers?limit=2').expect(200);
    expect(first.body.items.map((s: { name: string }) => s.name)).toEqual(['web1', 'web2']);
    const second = await admin.get(`/servers?limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body).toEqual({
      items: [expect.objectContaining({ name: 'web3' }), expect.objectContaining({ name: 'web4' })],
      nextCursor: null,
    });
  });

  it.each([
    ['servers by name', (): string => '/servers?name=web3', ['web3']],
    [
      'groups by name, case-insensitively',
      (): string => `/servers/${inv.serverId}/daemon-groups?name=JOE:2`,
      ['joe:2'],
    ],
    [
      'groups by tenant',
      (): string => `/servers/${inv.serverId}/daemon-groups?tenantId=${inv.tenants.bob}`,
      ['bob:1', 'bob:2', 'bob:3'],
    ],
    ['global groups', (): string => `/servers/${inv.serverId}/daemon-groups?scope=global`, ['default']],
    [
      'vhosts by serverName',
      (): string => `/servers/${inv.serverId}/virtual-hosts?serverName=WWW.site.com`,
      ['www.site.com'],
    ],
    [
      'vhosts by an unknown serverName',
      (): string => `/servers/${inv.serverId}/virtual-hosts?serverName=nope.com`,
      [],
    ],
    ['tenants by name', (): string => '/tenants?name=joe', ['joe']],
    [
      'directories by path',
      (): string => '/directories?path=/home/joe/public_html',
      ['/home/joe/public_html'],
    ],
    [
      'directories by tenant',
      (): string => `/directories?tenantId=${inv.tenants.bob}`,
      ['/home/bob/public_html'],
    ],
    [
      'directories by vhost serverName',
      (): string => '/directories?serverName=www.site.com',
      ['/home/bob/public_html', '/home/joe/public_html'],
    ],
    [
      'directories of a vhost by path',
      (): string => `/virtual-hosts/${inv.vhostId}/directories?path=/home/bob/public_html`,
      ['/home/bob/public_html'],
    ],
  ] as const)('filters %s', async (_case, path, expected) => {
    const res = await admin.get(path()).expect(200);
    const key = (item: Record<string, string>) => item.name ?? item.serverName ?? item.path;
    expect(res.body.items.map(key)).toEqual(expected);
  });

  it('answers 400 for a limit out of range, a misspelt filter or a forged cursor', async () => {
    await admin.get('/servers?limit=0').expect(400);
    await admin.get('/servers?limit=201').expect(400);
    await admin.get('/servers?nmae=web1').expect(400);
    const res = await admin.get('/servers?cursor=not-a-cursor').expect(400);
    expect(res.body.errors[0]).toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('answers 404 for the lists of a server or vhost that does not exist', async () => {
    await admin.get('/servers/nope/daemon-groups').expect(404);
    await admin.get('/servers/nope/virtual-hosts').expect(404);
    await admin.get('/virtual-hosts/nope/directories').expect(404);
  });
});
