/**
 * The model cache with its change listener: replica A serves warm resolves with NO database round trip
 * (the revision probe is counted), replica B's write reaches A through NOTIFY (delay measured), and while
 * A's listener is stopped or its connection is killed, A falls back to the per-request revision check.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import { ChangeListener, LISTENER_APPLICATION_NAME } from '#api/platform/change-listener/change-listener.js';
import { ModelRevisionRepository } from '#api/model-cache/model-revision.repository.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';
import { eventually } from '#test-support/eventually.js';
import { startReplica, type Replica } from '#test-support/app/start-replica.js';

describe('model cache invalidated by NOTIFY', () => {
  let a: TestApp;
  let b: Replica;
  let server: TwoTenantServer;
  let adminToken: string;
  let bobToken: string;
  let probes: ReturnType<typeof jest.spyOn>;
  let listener: ChangeListener;
  let group = 1;

  beforeAll(async () => {
    a = await startApp();
    b = await startReplica(a);
    const bob = await seedUser(a.app, 'bob', 'tenant');
    const joe = await seedUser(a.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(a.app, bob, joe);
    adminToken = await logInAs(a, await seedUser(a.app, 'root', 'admin'));
    bobToken = await logInAs(a, bob);
    listener = a.app.get(ChangeListener);
    const revisions = a.app.get(ModelRevisionRepository);
    probes = jest.spyOn(revisions, 'currentRevision');
  });
  afterAll(async () => {
    probes?.mockRestore();
    await b?.close();
    await a?.close();
  });

  const groupOnA = async (): Promise<string> =>
    (
      await a
        .http()
        .get(`/api/v1/servers/${server.serverId}/resolve?host=www.site.com&path=/bob/blog.wsgi`)
        .set('Authorization', `Bearer ${adminToken}`)
        .expect(200)
    ).body.processGroup as string;
  /** Bob maps blog.wsgi to the next of his groups on replica B; returns the group. */
  const writeOnB = async (): Promise<string> => {
    group = (group % 3) + 1;
    await b
      .http()
      .put(`/api/v1/directories/${server.bobDirectoryId}/htaccess`)
      .set('Authorization', `Bearer ${bobToken}`)
      .send({ rules: [{ files: 'blog.wsgi', processGroup: `bob:${group}` }] })
      .expect(200);
    return `bob:${group}`;
  };

  it('serves warm resolves without asking the database for the revision', async () => {
    expect(listener.liveEpoch()).not.toBeNull();
    await groupOnA();
    await groupOnA();
    probes.mockClear();
    for (let i = 0; i < 20; i++) await groupOnA();
    expect(probes).not.toHaveBeenCalled();
  });

  it('sees replica B’s write once the NOTIFY arrives, without a probe per request', async () => {
    await groupOnA();
    probes.mockClear();
    const expected = await writeOnB();
    const { elapsedMs } = await eventually(async () => ((await groupOnA()) === expected ? true : undefined));
    console.log(`NOTIFY delay, write committed on B → A serves it: ${elapsedMs.toFixed(1)} ms`);
    // The notification made A re-check once (then reload); the polls before it cost nothing.
    expect(probes.mock.calls.length).toBeLessThanOrEqual(1);
    probes.mockClear();
    for (let i = 0; i < 10; i++) expect(await groupOnA()).toBe(expected);
    expect(probes).not.toHaveBeenCalled();
  });

  it('falls back to the per-request revision check while the listener is stopped', async () => {
    await listener.stop();
    try {
      expect(listener.liveEpoch()).toBeNull();
      probes.mockClear();
      const expected = await writeOnB();
      // No notification can arrive: the very next request must see the write through its own probe.
      expect(await groupOnA()).toBe(expected);
      expect(probes).toHaveBeenCalled();
    } finally {
      await listener.start();
    }
    expect(listener.liveEpoch()).not.toBeNull();
  });

  it('trusts nothing verified before its connection was lost, and recovers', async () => {
    const before = listener.liveEpoch();
    await groupOnA();
    const admin = new pg.Client({ connectionString: a.databaseUrl });
    await admin.connect();
    try {
      // Kill the listeners' backends (A's and B's): the write below happens while A may be reconnecting.
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
        [LISTENER_APPLICATION_NAME],
      );
    } finally {
      await admin.end();
    }
    // pg_terminate_backend only signals: until A's client sees its socket close, A cannot know, and a write
    // committed in that instant is missed like any NOTIFY still in flight. Once A has noticed (not live, or
    // live in a new epoch), nothing verified before may be served: the write below must be seen at once.
    await eventually(async () => (listener.liveEpoch() !== before ? true : undefined), {
      what: 'A’s listener to notice its connection was killed',
    });
    const expected = await writeOnB();
    expect(await groupOnA()).toBe(expected);
    const { value: epoch } = await eventually(async () => {
      const now = listener.liveEpoch();
      return now !== null && now !== before ? now : undefined;
    });
    expect(epoch).not.toBe(before);
    const again = await writeOnB();
    await eventually(async () => ((await groupOnA()) === again ? true : undefined));
  });
});
