/**
 * GET /resolve carries a weak ETag derived from the model_revision (not a hash of the body): a client that
 * revalidates gets 304 while the model is unchanged, and a full answer with a new ETag once it changed. A
 * tenant's redacted answer has its own tag.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { eventually } from '#test-support/eventually.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

describe('the ETag of a resolve answer', () => {
  let t: TestApp;
  let server: TwoTenantServer;
  let adminToken: string;
  let bobToken: string;

  beforeAll(async () => {
    t = await startApp();
    const bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    adminToken = await logInAs(t, await seedUser(t.app, 'root', 'admin'));
    bobToken = await logInAs(t, bob);
  });
  afterAll(async () => {
    await t.close();
  });

  const resolve = (etag?: string, token = adminToken) => {
    const req = t
      .http()
      .get(`/api/v1/servers/${server.serverId}/resolve?host=www.site.com&path=/bob/blog.wsgi`)
      .set('Authorization', `Bearer ${token}`);
    return etag === undefined ? req : req.set('If-None-Match', etag);
  };

  it('is the model revision, answers 304 to a matching If-None-Match, and changes with the model', async () => {
    const db = t.app.get<Database>(DATABASE);
    const first = await resolve().expect(200);
    const { modelRevision } = await db.server.findUniqueOrThrow({ where: { id: server.serverId } });
    expect(first.headers['etag']).toBe(`W/"model-${modelRevision}"`);
    expect(first.body.status).toBeDefined();

    await resolve(first.headers['etag']).expect(304);

    await db.server.update({ where: { id: server.serverId }, data: { modelRevision: { increment: 1 } } });
    const { value: after } = await eventually(async () => {
      const res = await resolve(first.headers['etag']);
      return res.status === 200 ? res : undefined;
    });
    expect(after.headers['etag']).toBe(`W/"model-${modelRevision + 1}"`);
    expect(after.body).toEqual(first.body);
  });

  it('differs between the admin’s answer and a tenant’s redacted one: never a 304 across views', async () => {
    const asAdmin = await resolve().expect(200);
    const asBob = await resolve(undefined, bobToken).expect(200);
    expect(asBob.headers['etag']).not.toBe(asAdmin.headers['etag']);
    expect(asBob.headers['etag']).toMatch(/^W\/"model-\d+-tenant-[^"]+"$/);
    expect(asBob.headers['vary']).toMatch(/Authorization/);
    // Bob revalidating the admin's answer (one browser, two logins) gets his own answer, not a 304.
    const crossed = await resolve(asAdmin.headers['etag'], bobToken).expect(200);
    expect(crossed.body).toEqual(asBob.body);
    await resolve(asBob.headers['etag'], bobToken).expect(304);
  });
});
