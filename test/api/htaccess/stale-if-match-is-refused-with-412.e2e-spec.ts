import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

describe('the .htaccess document is guarded by a strong ETag', () => {
  let t: TestApp;
  let bobToken: string;
  let server: TwoTenantServer;
  const url = () => `/api/v1/directories/${server.bobDirectoryId}/htaccess`;

  beforeAll(async () => {
    t = await startApp();
    const bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    bobToken = await logInAs(t, bob);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = () => t.http().get(url()).set('Authorization', `Bearer ${bobToken}`);
  const put = (rules: unknown, ifMatch?: string) => {
    const req = t.http().put(url()).set('Authorization', `Bearer ${bobToken}`);
    if (ifMatch !== undefined) req.set('If-Match', ifMatch);
    return req.send({ rules });
  };

  it('GET answers the ETag both as a header and in the body, with the groups bob may choose', async () => {
    const res = await get().expect(200);
    expect(res.headers.etag).toBe(res.body.etag);
    expect(res.body).toEqual({
      rules: [],
      allowedProcessGroups: ['bob:1', 'bob:2', 'bob:3'],
      etag: res.body.etag,
    });
  });

  it('a write with the current ETag succeeds and changes the ETag; replaying the old one is 412', async () => {
    const before = (await get()).body.etag as string;
    const written = await put([{ files: 'blog.wsgi', processGroup: 'bob:2' }], before).expect(200);
    expect(written.headers.etag).toBe(written.body.etag);
    expect(written.body.etag).not.toBe(before);
    expect(written.body.rules).toEqual([{ files: 'blog.wsgi', processGroup: 'bob:2' }]);

    const stale = await put([{ files: 'blog.wsgi', processGroup: 'bob:3' }], before).expect(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ type: 'urn:hostplane:problem:precondition-failed', status: 412 });
    // Nothing was stored by the refused write.
    expect((await get()).body.rules).toEqual([{ files: 'blog.wsgi', processGroup: 'bob:2' }]);
  });

  it('If-Match: * and no If-Match both write unconditionally', async () => {
    await put([{ files: 'wiki.wsgi', processGroup: 'bob:3' }], '*').expect(200);
    const res = await put([{ filesMatch: '^blog\\.wsgi$', processGroup: 'bob:2' }]).expect(200);
    expect((await get()).body).toEqual(res.body);
  });

  it('a list of ETags matches when one of them is current; a weak one never does', async () => {
    const current = (await get()).body.etag as string;
    await put([], `"nope", ${current}`).expect(200);
    const next = (await get()).body.etag as string;
    await put([], `W/${next}`).expect(412);
  });
});
