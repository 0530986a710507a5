/**
 * An .htaccess PUT is validated in memory against this replica's cached model (the fast single-statement
 * path). Replica B narrows bob's restriction list; replica A, whose cache still allows bob:2 until it
 * notices B's revision, must not accept a rule naming bob:2. (The narrower race — B commits between A's
 * revision check and A's statement — is covered by the statement's model_revision guard, not by this test.)
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';
import { startReplica, type Replica } from '#test-support/app/start-replica.js';

describe('.htaccess PUT after a write on another replica', () => {
  let a: TestApp;
  let b: Replica;
  let server: TwoTenantServer;
  let adminToken: string;
  let bobToken: string;

  beforeAll(async () => {
    a = await startApp();
    b = await startReplica(a);
    const bob = await seedUser(a.app, 'bob', 'tenant');
    const joe = await seedUser(a.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(a.app, bob, joe);
    adminToken = await logInAs(a, await seedUser(a.app, 'root', 'admin'));
    bobToken = await logInAs(a, bob);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const putOnA = (processGroup: string) =>
    a
      .http()
      .put(`/api/v1/directories/${server.bobDirectoryId}/htaccess`)
      .set('Authorization', `Bearer ${bobToken}`)
      .send({ rules: [{ files: 'blog.wsgi', processGroup }] });

  it('refuses with 422 what only the stale cached model would allow, and stores nothing', async () => {
    // Two writes on A: its cache now holds the model at the revision its own last write committed.
    await putOnA('bob:2').expect(200);
    await putOnA('bob:1').expect(200);

    await b
      .http()
      .patch(`/api/v1/directories/${server.bobDirectoryId}`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ restrictProcess: ['bob:1'] })
      .expect(200);

    const refused = await putOnA('bob:2').expect(422);
    expect(JSON.stringify(refused.body.errors)).toContain('bob:2');

    const stored = await a
      .http()
      .get(`/api/v1/directories/${server.bobDirectoryId}/htaccess`)
      .set('Authorization', `Bearer ${bobToken}`)
      .expect(200);
    expect(stored.body.rules).toEqual([{ files: 'blog.wsgi', processGroup: 'bob:1' }]);
    expect(stored.body.allowedProcessGroups).toEqual(['bob:1']);
  });
});
