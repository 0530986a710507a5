/**
 * Finding 8 of the security review: PATCH/DELETE of another tenant's object answered 403, where the contract
 * says 404, exactly as for an object that does not exist. Every admin-only route addressing an object a
 * tenant may see (@AdminOnlyAfterLookup) now looks the object up in the caller's scope first: joe gets 404
 * for bob's objects and for missing ids alike (the same problem, ids aside), and 403 only for what he can
 * see himself (his directory, his group, his tenant record, the vhost holding his directory).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Test } from 'supertest';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';
import { routeInventory } from '../support/route-inventory.js';

interface AdminWriteProbe {
  /** The request, aimed at one id. */
  send: (t: TestApp, id: string) => Test;
  /** An object joe can see (403 for him) and one of bob's (404), on the two-tenant server. */
  joes: (s: TwoTenantServer) => string;
  bobs: (s: TwoTenantServer) => string;
}

const groupId = (s: TwoTenantServer, name: string) => s.groupIds[name] ?? name;

const ADMIN_WRITES: Record<string, AdminWriteProbe> = {
  'DirectoryController.update': {
    send: (t, id) => t.http().patch(`/api/v1/directories/${id}`).send({ urlPath: '/taken-over' }),
    joes: (s) => s.joeDirectoryId,
    bobs: (s) => s.bobDirectoryId,
  },
  'DirectoryController.delete': {
    send: (t, id) => t.http().delete(`/api/v1/directories/${id}`),
    joes: (s) => s.joeDirectoryId,
    bobs: (s) => s.bobDirectoryId,
  },
  'DaemonGroupController.update': {
    send: (t, id) => t.http().patch(`/api/v1/daemon-groups/${id}`).send({ threads: 1 }),
    joes: (s) => groupId(s, 'joe:1'),
    bobs: (s) => groupId(s, 'bob:1'),
  },
  'DaemonGroupController.delete': {
    send: (t, id) => t.http().delete(`/api/v1/daemon-groups/${id}`),
    joes: (s) => groupId(s, 'joe:3'),
    bobs: (s) => groupId(s, 'bob:3'),
  },
  'TenantController.update': {
    send: (t, id) => t.http().patch(`/api/v1/tenants/${id}`).send({ unixUser: 'root' }),
    joes: (s) => s.joeTenantId,
    bobs: (s) => s.bobTenantId,
  },
  'TenantController.delete': {
    send: (t, id) => t.http().delete(`/api/v1/tenants/${id}`),
    joes: (s) => s.joeTenantId,
    bobs: (s) => s.bobTenantId,
  },
  'VirtualHostController.update': {
    send: (t, id) =>
      t
        .http()
        .patch(`/api/v1/virtual-hosts/${id}`)
        .send({ serverAliases: ['x.example'] }),
    joes: (s) => s.siteVhostId,
    bobs: (s) => s.otherVhostId,
  },
  'VirtualHostController.delete': {
    send: (t, id) => t.http().delete(`/api/v1/virtual-hosts/${id}`),
    joes: (s) => s.siteVhostId,
    bobs: (s) => s.otherVhostId,
  },
  'VirtualHostController.getProcessGroupMap': {
    send: (t, id) => t.http().get(`/api/v1/virtual-hosts/${id}/process-group-map`),
    joes: (s) => s.siteVhostId,
    bobs: (s) => s.otherVhostId,
  },
  'VirtualHostController.putProcessGroupMap': {
    send: (t, id) =>
      t.http().put(`/api/v1/virtual-hosts/${id}/process-group-map`).send({ fallback: 'joe:1', entries: [] }),
    joes: (s) => s.siteVhostId,
    bobs: (s) => s.otherVhostId,
  },
};

describe('admin-only writes answer a tenant 404 unless it can see the object', () => {
  let t: TestApp;
  let server: TwoTenantServer;
  let joeAuth: string;
  let adminAuth: string;

  beforeAll(async () => {
    t = await startApp();
    const bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    joeAuth = `Bearer ${await logInAs(t, joe)}`;
    adminAuth = `Bearer ${await logInAs(t, await seedUser(t.app, 'alice', 'admin'))}`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('covers every @AdminOnlyAfterLookup route (add new ones here)', () => {
    const routes = routeInventory(t.app)
      .filter((r) => r.policy === 'admin-after-lookup')
      .map((r) => r.handler)
      .sort();
    expect(routes).toEqual(Object.keys(ADMIN_WRITES).sort());
  });

  it.each(Object.entries(ADMIN_WRITES))('%s: bob’s object is 404, like a missing one', async (_, probe) => {
    const bobs = probe.bobs(server);
    const missing = randomUUID();
    const theirs = await probe.send(t, bobs).set('Authorization', joeAuth);
    const absent = await probe.send(t, missing).set('Authorization', joeAuth);
    expect([theirs.status, absent.status]).toEqual([404, 404]);
    expect(comparable(theirs.body, bobs)).toEqual(comparable(absent.body, missing));
  });

  it.each(Object.entries(ADMIN_WRITES))('%s: joe’s own object is 403', async (_, probe) => {
    const res = await probe.send(t, probe.joes(server)).set('Authorization', joeAuth);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:forbidden' });
  });

  it('nothing joe tried changed anything', async () => {
    const get = (url: string) => t.http().get(`/api/v1${url}`).set('Authorization', adminAuth).expect(200);
    expect((await get(`/directories/${server.joeDirectoryId}`)).body).toMatchObject({ urlPath: '/joe' });
    expect((await get(`/directories/${server.bobDirectoryId}`)).body).toMatchObject({ urlPath: '/bob' });
    expect((await get(`/tenants/${server.joeTenantId}`)).body).toMatchObject({ unixUser: 'joe' });
    expect((await get(`/daemon-groups/${groupId(server, 'joe:1')}`)).body).toMatchObject({ threads: 25 });
    await get(`/daemon-groups/${groupId(server, 'bob:3')}`);
    const site = await get(`/virtual-hosts/${server.siteVhostId}`);
    expect(site.body).toMatchObject({ serverAliases: [], processGroupMap: null });
  });
});

/** A problem with what the request itself named (the id, the URL) blanked out. */
function comparable(body: Record<string, unknown>, id: string): unknown {
  return JSON.parse(
    JSON.stringify({ ...body, instance: undefined, requestId: undefined })
      .split(id)
      .join('ID'),
  );
}
