/**
 * The isolation matrix: with bob's and joe's data on one server, joe walks every tenant-reachable route
 * (every route not @AdminOnly, read from the app's route inventory) aiming at bob's ids. Routes that address
 * an object answer 404, admin-only writes on objects a tenant may see (@AdminOnlyAfterLookup) included; lists
 * and self routes answer joe's own data. No body contains anything of bob's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { routeInventory } from '../support/route-inventory.js';
import { seedUser, type SeededUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer } from '#test-support/data/two-tenant-server.js';
import { TENANT_ROUTE_MATRIX, type MatrixContext } from './tenant-route-matrix.js';

describe('tenant isolation over every tenant-reachable route', () => {
  let t: TestApp;
  let ctx: MatrixContext;
  let bob: SeededUser;
  let bobToken: string;
  let secrets: string[];

  beforeAll(async () => {
    t = await startApp();
    bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    const server = await seedTwoTenantServer(t.app, bob, joe);
    bobToken = await logInAs(t, bob);
    const auth = `Bearer ${bobToken}`;
    await t
      .http()
      .put(`/api/v1/directories/${server.bobDirectoryId}/htaccess`)
      .set('Authorization', auth)
      .send({ rules: [{ files: 'blog.wsgi', processGroup: 'bob:2' }] })
      .expect(200);
    const token = await t
      .http()
      .post('/api/v1/auth/tokens')
      .set('Authorization', auth)
      .send({ name: 'bob-deploy' });
    expect(token.status).toBe(201);
    ctx = { t, joeToken: await logInAs(t, joe), server, bobTokenId: token.body.id as string };
    secrets = [
      bob.id,
      bob.tenantId ?? '',
      server.bobDirectoryId,
      server.bobMountId,
      ctx.bobTokenId,
      token.body.token as string,
      'bob-tenant',
      'bob-deploy',
      'bob:',
      '/home/bob',
      ...['bob:1', 'bob:2', 'bob:3'].map((name) => server.groupIds[name] ?? name),
    ];
  });
  afterAll(async () => {
    await t.close();
  });

  it('every route a tenant can reach is in the matrix (add new routes to tenant-route-matrix.ts)', () => {
    const reachable = routeInventory(t.app)
      .filter((r) => r.policy === 'authenticated' || r.policy === 'admin-after-lookup')
      .map((r) => r.handler);
    expect(reachable.filter((handler) => !(handler in TENANT_ROUTE_MATRIX))).toEqual([]);
    // And the matrix names no route that is gone or admin-only (it would prove nothing).
    expect(Object.keys(TENANT_ROUTE_MATRIX).filter((handler) => !reachable.includes(handler))).toEqual([]);
  });

  it.each(Object.entries(TENANT_ROUTE_MATRIX))(
    '%s keeps bob’s data away from joe',
    async (_handler, probe) => {
      for (const request of probe.requests(ctx)) {
        const res = await request;
        // supertest keeps the Node request on the response, though its typings do not say so.
        const { req } = res as unknown as { req: { method: string; path: string } };
        const sent = `${req.method} ${req.path}`;
        expect({ sent, status: res.status }).toEqual({ sent, status: probe.status });
        // Echoing what joe typed himself (the URL in `instance`, the id in `detail`) reveals nothing;
        // anything else of bob's in the body is a leak.
        const typed = decodeURIComponent(req.path)
          .split(/[/?&=]/)
          .filter((part) => part.length > 0);
        const body = typed.reduce((text, part) => text.split(part).join(''), res.text);
        const leaked = secrets.filter((secret) => secret !== '' && body.includes(secret));
        expect({ sent, leaked }).toEqual({ sent, leaked: [] });
      }
    },
  );

  it('joe’s failed attempts changed nothing of bob’s', async () => {
    const auth = `Bearer ${bobToken}`;
    const doc = await t
      .http()
      .get(`/api/v1/directories/${ctx.server.bobDirectoryId}/htaccess`)
      .set('Authorization', auth)
      .expect(200);
    expect(doc.body.rules).toEqual([{ files: 'blog.wsgi', processGroup: 'bob:2' }]);
    const tokens = await t.http().get('/api/v1/auth/tokens').set('Authorization', auth).expect(200);
    expect(JSON.stringify(tokens.body)).toContain(ctx.bobTokenId);
    // His tenant record and his groups survived joe's PATCHes and DELETEs.
    await t.http().get(`/api/v1/tenants/${ctx.server.bobTenantId}`).set('Authorization', auth).expect(200);
    const group = await t
      .http()
      .get(`/api/v1/daemon-groups/${ctx.server.groupIds['bob:1'] ?? ''}`)
      .set('Authorization', auth)
      .expect(200);
    expect(group.body).toMatchObject({ name: 'bob:1', threads: 25 });
  });

  it('resolve outside his directories looks exactly like a server that does not exist', async () => {
    const ask = (serverId: string) =>
      t
        .http()
        .get(`/api/v1/servers/${serverId}/resolve?host=www.site.com&path=/bob/blog.wsgi`)
        .set('Authorization', `Bearer ${ctx.joeToken}`)
        .expect(404);
    const strip = (body: Record<string, unknown>, id: string) =>
      JSON.parse(
        JSON.stringify({ ...body, instance: undefined, requestId: undefined })
          .split(id)
          .join('ID'),
      );
    const real = await ask(ctx.server.serverId);
    const missing = await ask('00000000-0000-4000-8000-000000000000');
    expect(strip(real.body, ctx.server.serverId)).toEqual(
      strip(missing.body, '00000000-0000-4000-8000-000000000000'),
    );
  });
});
