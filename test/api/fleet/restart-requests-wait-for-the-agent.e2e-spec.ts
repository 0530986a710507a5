import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ServerModel } from '#apache';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { seedRestrictProcess } from '../../../libs/apache/test-fixtures/seed-restrict-process.js';

const SERVER = 'srv-restart-queue';

/**
 * Agent mode without any Apache: what the API records and hands the agent. A restart waits `pending` until the
 * agent marks it `running` and sends the outcome; a second request meanwhile joins the waiting one; a restart
 * left `running` for 10 minutes is failed by the next request for its group.
 */
describe('daemon group restarts wait for the server’s agent', () => {
  let t: TestApp;
  let db: Database;
  let admin: string;
  let bob: string;
  let agent: string;
  const restart = (group: string, auth = bob) =>
    t.http().post(`/api/v1/daemon-groups/${group}/restart`).set('Authorization', auth);
  const outcome = (id: string, body: object) =>
    t
      .http()
      .post(`/api/v1/servers/${SERVER}/daemon-group-restarts/${id}/outcome`)
      .set('Authorization', agent)
      .send(body);

  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    const seed = seedRestrictProcess();
    const model: ServerModel = {
      ...seed,
      id: SERVER,
      daemonGroups: seed.daemonGroups.map((g) => ({
        ...g,
        options: { ...g.options, 'display-name': g.name === 'bob:3' ? 'bob-wiki' : '%{GROUP}' },
      })),
    };
    await insertModel(db, model);
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'queue-admin', 'admin'))}`;
    bob = `Bearer ${await logInAs(t, await seedUser(t.app, 'queue-bob', 'tenant', { tenantId: 'tn-bob' }))}`;
    const token = await t
      .http()
      .post('/api/v1/auth/tokens')
      .set('Authorization', admin)
      .send({ name: 'agent queue', serverId: SERVER });
    agent = `Bearer ${(token.body as { token: string }).token}`;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('pending for the agent with the group’s identity; running, then done with the pids; then closed', async () => {
    const first = await restart('dg-bob-2');
    expect([first.status, first.body.state]).toEqual([202, 'pending']);
    const again = await restart('dg-bob-2', admin);
    expect([again.status, again.body.id]).toEqual([202, first.body.id]);

    const pending = await t
      .http()
      .get(`/api/v1/servers/${SERVER}/daemon-group-restarts/pending`)
      .set('Authorization', agent);
    expect(pending.status).toBe(200);
    expect(pending.body.items).toEqual([
      {
        id: first.body.id,
        daemonGroupId: 'dg-bob-2',
        groupName: 'bob:2',
        displayName: '%{GROUP}',
        socketPrefix: '/var/run/apache2/wsgi',
        otherTitles: expect.arrayContaining(['(wsgi:bob:1)', 'bob-wiki', '(wsgi:joe:1)']),
      },
    ]);
    expect(pending.body.items[0].otherTitles).not.toContain('(wsgi:bob:2)');

    expect((await outcome(first.body.id, { state: 'running' })).body.state).toBe('running');
    expect((await outcome(first.body.id, { state: 'running' })).status).toBe(409);
    const running = await t.http().get(first.headers.location!).set('Authorization', bob);
    expect(running.body).toEqual({
      id: first.body.id,
      daemonGroupId: 'dg-bob-2',
      state: 'running',
      requestedAt: first.body.requestedAt,
    });
    // Running: a new request is a new restart (the code may have changed since the signal).
    const next = await restart('dg-bob-2');
    expect(next.body.id).not.toBe(first.body.id);

    const done = await outcome(first.body.id, {
      state: 'done',
      pidsBefore: [10],
      pidsAfter: [11],
      errors: [],
    });
    expect(done.body).toMatchObject({ state: 'done', pidsBefore: [10], pidsAfter: [11], errors: [] });
    expect((await t.http().get(first.headers.location!).set('Authorization', bob)).body).toEqual(done.body);
    expect((await outcome(first.body.id, { state: 'failed' })).status).toBe(409);
    expect((await outcome(first.body.id, { state: 'exploded' })).status).toBe(400);
  });

  it('a restart left running for 10 minutes is failed by the next request for the group', async () => {
    const stuck = await restart('dg-bob-1');
    await outcome(stuck.body.id, { state: 'running' });
    await db.daemonGroupRestart.update({
      where: { id: stuck.body.id },
      data: {
        requestedAt: new Date(Date.now() - 11 * 60_000),
        startedAt: new Date(Date.now() - 11 * 60_000),
      },
    });
    const fresh = await restart('dg-bob-1');
    expect(fresh.body.id).not.toBe(stuck.body.id);
    const expired = await t.http().get(stuck.headers.location!).set('Authorization', bob);
    expect(expired.body).toMatchObject({
      state: 'failed',
      errors: [expect.stringMatching(/no outcome within 10 minutes/)],
    });
  });

  it('a restart that waited over 10 minutes for an offline agent counts its age from when the agent took it', async () => {
    const waited = await restart('dg-bob-3');
    await db.daemonGroupRestart.update({
      where: { id: waited.body.id },
      data: { requestedAt: new Date(Date.now() - 30 * 60_000) },
    });
    // The agent comes back and takes it; a request right after must not fail it as stale.
    expect((await outcome(waited.body.id, { state: 'running' })).body.state).toBe('running');
    const next = await restart('dg-bob-3');
    expect(next.body.id).not.toBe(waited.body.id);
    const still = await t.http().get(waited.headers.location!).set('Authorization', bob);
    expect(still.body.state).toBe('running');
  });

  it('two concurrent requests for a group create one pending restart: the database holds at most one', async () => {
    const [a, b] = await Promise.all([restart('dg-bob-1'), restart('dg-bob-1', admin)]);
    expect([a.status, b.status]).toEqual([202, 202]);
    expect(a.body.id).toBe(b.body.id);
    await expect(
      db.daemonGroupRestart.create({ data: { daemonGroupId: 'dg-bob-1', serverId: SERVER } }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  it('409 for a title another group’s longer title starts with, and for a server without WSGISocketPrefix', async () => {
    // bob:3's title becomes the start of bob:1's "(wsgi:bob:1)": Apache may show that one cut to it.
    await db.daemonGroup.update({
      where: { id: 'dg-bob-3' },
      data: { options: { 'display-name': '(wsgi:bob:' } },
    });
    const cut = await restart('dg-bob-3');
    expect(cut.status).toBe(409);
    expect(cut.body.detail).toMatch(/start of another group's title "\(wsgi:bob:1\)"/);
    await db.server.update({ where: { id: SERVER }, data: { socketPrefix: null } });
    const unprefixed = await restart('dg-bob-2');
    expect(unprefixed.status).toBe(409);
    expect(unprefixed.body.detail).toMatch(/no WSGISocketPrefix/);
    await db.server.update({ where: { id: SERVER }, data: { socketPrefix: '/var/run/apache2/wsgi' } });
  });

  it('people cannot use the agent’s routes beyond their role: a tenant gets 403', async () => {
    const res = await t
      .http()
      .get(`/api/v1/servers/${SERVER}/daemon-group-restarts/pending`)
      .set('Authorization', bob);
    expect(res.status).toBe(403);
  });
});
