/**
 * The agent's poll (GET /servers/{id}/publications/live) is its heartbeat: an agent that only polls stays
 * online (last seen written in batches, one statement for many polls), and every answer says from memory
 * whether daemon group restarts wait for it and the server's model revision, so a quiet agent makes one call.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { ServerModel } from '#apache';
import { AgentLastSeen } from '#api/fleet/agent-poll/agent-last-seen.service.js';
import { AgentPollRepository } from '#api/fleet/agent-poll/agent-poll.repository.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { startReplica, type Replica } from '#test-support/app/start-replica.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { eventually } from '#test-support/eventually.js';
import { seedRestrictProcess } from '../../../libs/apache/test-fixtures/seed-restrict-process.js';

const SERVER = 'srv-poll-heartbeat';

describe('an agent’s poll is its heartbeat', () => {
  let t: TestApp;
  let b: Replica;
  let db: Database;
  let admin: string;
  let agent: string;
  let etag: string;
  const poll = (app: { http: TestApp['http'] } = t, auth = agent) =>
    app
      .http()
      .get(`/api/v1/servers/${SERVER}/publications/live`)
      .set('Authorization', auth)
      .set('If-None-Match', etag);
  const lastSeen = async () =>
    (await db.agentReport.findUniqueOrThrow({ where: { serverId: SERVER } })).lastSeenAt.getTime();
  const fleetRow = async () => {
    const fleet = await t.http().get('/api/v1/fleet').set('Authorization', admin);
    return (fleet.body.items as { serverId: string; states: string[] }[]).find((r) => r.serverId === SERVER);
  };

  beforeAll(async () => {
    t = await startApp();
    b = await startReplica(t);
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
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'heartbeat-admin', 'admin'))}`;
    const token = await t
      .http()
      .post('/api/v1/auth/tokens')
      .set('Authorization', admin)
      .send({ name: 'agent heartbeat', serverId: SERVER });
    agent = `Bearer ${(token.body as { token: string }).token}`;
    const published = await t
      .http()
      .post(`/api/v1/servers/${SERVER}/publications`)
      .set('Authorization', admin)
      .send({});
    expect(published.status).toBe(201);
    const live = await t
      .http()
      .get(`/api/v1/servers/${SERVER}/publications/live`)
      .set('Authorization', agent);
    etag = live.headers.etag!;
    const report = await t
      .http()
      .post(`/api/v1/servers/${SERVER}/agent-reports`)
      .set('Authorization', agent)
      .send({ agentVersion: '1.0.0', appliedRevision: 1, lastOutcome: 'live', drift: [] });
    expect(report.status).toBe(200);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('an agent that only polls stays online: last seen advances without reports, batched', async () => {
    // Its last report was long ago: offline (what setup's poll noted is written first).
    await t.app.get(AgentLastSeen).flush();
    await db.agentReport.update({
      where: { serverId: SERVER },
      data: { lastSeenAt: new Date(Date.now() - 3_600_000) },
    });
    expect((await fleetRow())?.states).toContain('offline');
    const before = await lastSeen();

    // An admin's look at the route is not the agent being seen.
    await poll(t, admin).expect(304);
    await t.app.get(AgentLastSeen).flush();
    expect(await lastSeen()).toBe(before);

    const writes = jest.spyOn(t.app.get(AgentPollRepository), 'touchLastSeen');
    try {
      for (let i = 0; i < 5; i++) await poll().expect(304);
      await t.app.get(AgentLastSeen).flush();
      // Five polls, one statement.
      expect(writes).toHaveBeenCalledTimes(1);
    } finally {
      writes.mockRestore();
    }
    expect(await lastSeen()).toBeGreaterThan(Date.now() - 60_000);
    expect((await fleetRow())?.states).not.toContain('offline');

    // Without a flush call: within about a second on its own.
    const seen = await lastSeen();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await poll().expect(304);
    await eventually(async () => (await lastSeen()) > seen, { what: 'the batched last-seen write' });
  });

  it('every answer says whether restarts wait and the model revision; a requested restart is on the next poll', async () => {
    const quiet = await poll().expect(304);
    expect(quiet.headers['hostplane-restarts-pending']).toBe('0');
    expect(quiet.headers['hostplane-model-revision']).toMatch(/^\d+$/);
    const modelRevision = Number(quiet.headers['hostplane-model-revision']);

    const requested = await t
      .http()
      .post('/api/v1/daemon-groups/dg-bob-2/restart')
      .set('Authorization', admin);
    expect(requested.status).toBe(202);
    // This replica at once; the other one through the trigger's notification.
    expect((await poll().expect(304)).headers['hostplane-restarts-pending']).toBe('1');
    await eventually(async () => (await poll(b)).headers['hostplane-restarts-pending'] === '1', {
      what: 'the other replica to hear of the restart',
    });
    // A 200 carries it too.
    const full = await t
      .http()
      .get(`/api/v1/servers/${SERVER}/publications/live`)
      .set('Authorization', agent);
    expect([full.status, full.headers['hostplane-restarts-pending']]).toEqual([200, '1']);

    // Taken by the agent: no longer pending, on both replicas.
    await t
      .http()
      .post(`/api/v1/servers/${SERVER}/daemon-group-restarts/${requested.body.id as string}/outcome`)
      .set('Authorization', agent)
      .send({ state: 'running' })
      .expect(200);
    for (const app of [t, b]) {
      await eventually(async () => (await poll(app)).headers['hostplane-restarts-pending'] === '0', {
        what: 'the restart to stop being pending',
      });
    }

    // A model change (no publish) moves the model revision the poll says.
    await t
      .http()
      .post(`/api/v1/servers/${SERVER}/daemon-groups`)
      .set('Authorization', admin)
      .send({ name: 'heartbeat:1' })
      .expect(201);
    await eventually(
      async () => Number((await poll(b)).headers['hostplane-model-revision']) > modelRevision,
      { what: 'the model revision to move on the other replica' },
    );
  });

  it('an unchanged poll (304) is not an info access line; a changed answer (200) is', async () => {
    const accessLevels = (requestId: string | undefined) =>
      t.logs.lines
        .filter((line) => (line['req'] as { id?: string } | undefined)?.id === requestId)
        .map((line) => line.level);
    const quiet = await poll().expect(304);
    // LOG_LEVEL is info here: the 304's line (debug) is not written at all.
    expect(accessLevels(quiet.headers['x-request-id'])).toEqual([]);
    const full = await t
      .http()
      .get(`/api/v1/servers/${SERVER}/publications/live`)
      .set('Authorization', agent)
      .expect(200);
    expect(accessLevels(full.headers['x-request-id'])).toEqual([30]);
  });
});
