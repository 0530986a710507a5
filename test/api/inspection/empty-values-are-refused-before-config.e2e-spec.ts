/**
 * Finding 3 of the security review: an empty env value or daemon option value passed validation, then the
 * renderer threw, and GET /config and every publish answered 500. Validation now refuses what the renderer
 * refuses (422 naming the path), and a stored model with such a value is a 422 on /config, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';
import { eventually } from '#test-support/eventually.js';

describe('empty values are refused before they reach the renderer (issue 9, finding 3)', () => {
  let t: TestApp;
  let server: TwoTenantServer;
  let adminToken: string;
  const asAdmin = <R extends { set: (k: string, v: string) => R }>(req: R) =>
    req.set('Authorization', `Bearer ${adminToken}`);
  const config = () => asAdmin(t.http().get(`/api/v1/servers/${server.serverId}/config`));
  const refusedAt = (path: unknown) =>
    expect.arrayContaining([expect.objectContaining({ code: 'EMPTY_CONFIG_VALUE', path })]);

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

  it('PATCH of a vhost with an empty env value is a 422 naming it', async () => {
    const res = await asAdmin(t.http().patch(`/api/v1/virtual-hosts/${server.siteVhostId}`))
      .send({ env: { PROCESS_GROUP: 'default', APP_MODE: '' } })
      .expect(422);
    expect(res.body.errors).toEqual(refusedAt(`/virtual-hosts/${server.siteVhostId}/env/APP_MODE`));
  });

  it('PATCH of a directory with an empty env value is a 422 naming it', async () => {
    const res = await asAdmin(t.http().patch(`/api/v1/directories/${server.bobDirectoryId}`))
      .send({ env: { PROCESS_GROUP: 'bob:1', APP_MODE: '' } })
      .expect(422);
    expect(res.body.errors).toEqual(refusedAt(`/directories/${server.bobDirectoryId}/env/APP_MODE`));
  });

  it('POST of a daemon group with an empty option value is a 422 naming it', async () => {
    const res = await asAdmin(t.http().post(`/api/v1/servers/${server.serverId}/daemon-groups`))
      .send({
        name: 'svc',
        processes: 1,
        threads: 5,
        user: 'svc',
        group: 'svc',
        options: { 'display-name': '' },
      })
      .expect(422);
    expect(res.body.errors).toEqual(refusedAt(expect.stringMatching(/\/options\/display-name$/)));
  });

  it('after the refusals the server still renders: GET /config is 200', async () => {
    const res = await config().expect(200);
    expect(res.body.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an empty value stored without the API makes /config a 422 with the diagnostic, not a 500', async () => {
    const db = t.app.get<Database>(DATABASE);
    await db.virtualHost.update({
      where: { id: server.otherVhostId },
      data: { env: { APP_MODE: '' } },
    });
    await db.server.update({ where: { id: server.serverId }, data: { modelRevision: { increment: 1 } } });
    const { value: validation } = await eventually(async () => {
      const res = await asAdmin(t.http().get(`/api/v1/servers/${server.serverId}/validation`)).expect(200);
      return res.body.valid === false ? res : undefined;
    });
    const path = `/virtual-hosts/${server.otherVhostId}/env/APP_MODE`;
    expect(validation.body.diagnostics).toEqual(refusedAt(path));
    const res = await config().expect(422);
    expect(res.body.errors).toEqual(refusedAt(path));
  });
});
