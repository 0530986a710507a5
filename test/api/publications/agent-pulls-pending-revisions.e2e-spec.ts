import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedRestrictProcess } from '../../../libs/apache/test-fixtures/seed-restrict-process.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';

const SERVER = 'srv-agent';

/** HOSTPLANE_APPLY_MODE=none (the default): revisions wait as pending until the server's agent reports. */
describe('apply mode none: an agent pulls the pending revision and reports back', () => {
  let t: TestApp;
  let admin: string;
  let db: Database;
  const live = () => t.http().get(`/api/v1/servers/${SERVER}/publications/live`).set('Authorization', admin);
  const publish = () =>
    t.http().post(`/api/v1/servers/${SERVER}/publications`).set('Authorization', admin).send();

  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    await insertModel(db, { ...seedRestrictProcess(), id: SERVER });
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'agent-admin', 'admin'))}`;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has nothing to deploy before the first publish', async () => {
    expect((await live()).status).toBe(404);
  });

  it('stores a pending revision and serves it with an ETag; If-None-Match gives 304', async () => {
    const res = await publish();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ revision: 1, status: 'pending', reloaded: false });
    const first = await live();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: res.body.id, status: 'pending' });
    expect(first.body.files[0]).toHaveProperty('content');
    const etag = first.headers.etag;
    expect(etag).toBeDefined();
    const cached = await live().set('If-None-Match', etag ?? '');
    expect(cached.status).toBe(304);
    expect(cached.text).toBe('');
  });

  it('a newer publish supersedes the older pending one; the agent reports it live', async () => {
    await t
      .http()
      .patch('/api/v1/virtual-hosts/vh-site')
      .set('Authorization', admin)
      .send({ env: { PROCESS_GROUP: 'bob:1' } });
    const res = await publish();
    expect(res.body).toMatchObject({ revision: 2, status: 'pending' });
    const rows = await db.publication.findMany({ where: { serverId: SERVER }, orderBy: { revision: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual(['superseded', 'pending']);

    const stale = await t
      .http()
      .post(`/api/v1/publications/${rows[0]?.id}/deployments`)
      .set('Authorization', admin)
      .send({ status: 'live' });
    expect(stale.status).toBe(409);

    const before = (await live()).headers.etag;
    const ok = await t
      .http()
      .post(`/api/v1/publications/${res.body.id}/deployments`)
      .set('Authorization', admin)
      .send({ status: 'live', log: 'configtest ok\nreload ok' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'live', log: 'configtest ok\nreload ok' });
    expect(ok.body.appliedAt).not.toBeNull();
    const after = await live().set('If-None-Match', before ?? '');
    expect(after.status).toBe(200);
    expect(after.body.status).toBe('live');
    const audit = await db.auditEvent.count({ where: { action: 'publication.deployment' } });
    expect(audit).toBe(1);
  });

  it('a failed agent report records the failure; drift is not visible from this process', async () => {
    await t
      .http()
      .patch('/api/v1/virtual-hosts/vh-site')
      .set('Authorization', admin)
      .send({ env: { PROCESS_GROUP: 'bob:2' } });
    const res = await publish();
    const failed = await t
      .http()
      .post(`/api/v1/publications/${res.body.id}/deployments`)
      .set('Authorization', admin)
      .send({ status: 'failed', log: 'AH00543: apache2: bad user name nobody-here' });
    expect(failed.body).toMatchObject({
      status: 'failed',
      failure: { step: 'agent', message: 'AH00543: apache2: bad user name nobody-here' },
    });
    expect((await live()).body.revision).toBe(2);
    const drift = await t.http().get(`/api/v1/servers/${SERVER}/drift`).set('Authorization', admin);
    expect(drift.status).toBe(409);
  });

  it('refuses unknown fields in a report', async () => {
    const res = await t
      .http()
      .post(`/api/v1/publications/nope/deployments`)
      .set('Authorization', admin)
      .send({ status: 'live', extra: 1 });
    expect(res.status).toBe(400);
  });
});
