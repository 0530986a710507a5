/**
 * A model can become invalid without an API write (rows changed by hand, an engine rule tightened since):
 * GET /validation then reports it, and GET /config refuses to render it with the same diagnostics.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { eventually } from '#test-support/eventually.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

describe('validation and config of a server whose stored model has an error', () => {
  let t: TestApp;
  let server: TwoTenantServer;
  let adminToken: string;

  beforeAll(async () => {
    t = await startApp();
    const bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    adminToken = await logInAs(t, await seedUser(t.app, 'root', 'admin'));
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (what: string) =>
    t.http().get(`/api/v1/servers/${server.serverId}/${what}`).set('Authorization', `Bearer ${adminToken}`);

  it('a valid server renders, with warnings reported by /validation', async () => {
    const validation = await get('validation').expect(200);
    expect(validation.body.valid).toBe(true);
    const config = await get('config').expect(200);
    expect(config.body.digest).toMatch(/^[0-9a-f]{64}$/);
    for (const file of config.body.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('after a hand-made rule escapes bob’s restriction list: valid=false, and /config is 422', async () => {
    const db = t.app.get<Database>(DATABASE);
    await db.htaccessRule.create({
      data: { directoryId: server.bobDirectoryId, position: 0, files: 'x.wsgi', processGroup: 'joe:1' },
    });
    await db.server.update({ where: { id: server.serverId }, data: { modelRevision: { increment: 1 } } });

    // The hand-made change reaches the model cache through the servers table's NOTIFY trigger (ADR 0005).
    const { value: validation } = await eventually(async () => {
      const res = await get('validation').expect(200);
      return res.body.valid === false ? res : undefined;
    });
    const expected = {
      code: 'GROUP_NOT_IN_RESTRICT_LIST',
      severity: 'error',
      path: `/directories/${server.bobDirectoryId}/rules/0/processGroup`,
    };
    expect(validation.body.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
    const config = await get('config').expect(422);
    expect(config.headers['content-type']).toContain('application/problem+json');
    expect(config.body.errors).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
  });

  it('an unknown server is 404 on all three', async () => {
    for (const what of ['validation', 'config', 'resolve?host=a&path=/']) {
      await t
        .http()
        .get(`/api/v1/servers/no-such-server/${what}`)
        .set('Authorization', `Bearer ${adminToken}`)
        .expect(404);
    }
  });
});
