import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

const POLL_MS = 1_000;
const PROBLEM = /application\/problem\+json/;

describe('agents report in; GET /servers/{id}/status and GET /fleet show every server’s state', () => {
  let t: TestApp;
  let db: Database;
  let web1: TwoTenantServer;
  let web2: string;
  let admin: string;
  let bob: string;
  let agent1: string;
  let agent2: string;

  const report = (serverId: string, auth: string, body: object) =>
    t.http().post(`/api/v1/servers/${serverId}/agent-reports`).set('Authorization', auth).send(body);
  const heartbeat = { agentVersion: '0.1.0', appliedRevision: null, lastOutcome: null, drift: [] };
  const get = (url: string, auth = admin) => t.http().get(`/api/v1${url}`).set('Authorization', auth);
  const agentTokenFor = async (serverId: string) => {
    const res = await t
      .http()
      .post('/api/v1/auth/tokens')
      .set('Authorization', admin)
      .send({ name: `agent ${serverId}`, serverId });
    expect(res.status).toBe(201);
    return `Bearer ${(res.body as { token: string }).token}`;
  };

  beforeAll(async () => {
    t = await startApp({ env: { HOSTPLANE_AGENT_POLL_INTERVAL_MS: String(POLL_MS) } });
    db = t.app.get<Database>(DATABASE);
    const bobUser = await seedUser(t.app, 'bob', 'tenant');
    const joeUser = await seedUser(t.app, 'joe', 'tenant');
    web1 = await seedTwoTenantServer(t.app, bobUser, joeUser);
    web2 = (await db.server.create({ data: { name: 'web-2' } })).id;
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'fleet-admin', 'admin'))}`;
    bob = `Bearer ${await logInAs(t, bobUser)}`;
    agent1 = await agentTokenFor(web1.serverId);
    agent2 = await agentTokenFor(web2);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('POST /servers/{id}/agent-reports', () => {
    it('is for the server’s own agent token only: 401 without, 403 for people, 404 for another server’s agent', async () => {
      const none = await t.http().post(`/api/v1/servers/${web1.serverId}/agent-reports`).send(heartbeat);
      expect(none.status).toBe(401);
      expect((await report(web1.serverId, bob, heartbeat)).status).toBe(403);
      const person = await report(web1.serverId, admin, heartbeat);
      expect([person.status, person.body.type]).toEqual([403, 'urn:hostplane:problem:forbidden']);
      const foreign = await report(web1.serverId, agent2, heartbeat);
      expect(foreign.status).toBe(404);
      expect(foreign.headers['content-type']).toMatch(PROBLEM);
      expect((await report('no-such-server', agent1, heartbeat)).status).toBe(404);
      expect(await db.agentReport.count()).toBe(0);
    });

    it('refuses a malformed report with 400 problem+json and stores nothing', async () => {
      for (const body of [
        {},
        { ...heartbeat, lastOutcome: 'maybe' },
        { ...heartbeat, appliedRevision: -1 },
        { ...heartbeat, facts: { unixUsers: ['bad name'] } },
        { ...heartbeat, processes: [{ group: 'bob:1', pid: 'x', startedAt: null, rssBytes: null }] },
        { ...heartbeat, surprise: true },
      ]) {
        const res = await report(web1.serverId, agent1, body);
        expect([res.status, res.headers['content-type']]).toEqual([400, expect.stringMatching(PROBLEM)]);
        expect(res.body.type).toBe('urn:hostplane:problem:request-invalid');
      }
      expect(await db.agentReport.count()).toBe(0);
    });

    it('stores one row per server and answers the names whose facts it wants until the agent has them', async () => {
      const first = await report(web1.serverId, agent1, heartbeat);
      expect(first.status).toBe(200);
      expect(first.body.wanted).toEqual({
        modelRevision: expect.any(Number),
        unixUsers: ['bob', 'joe'],
        unixGroups: ['bob', 'joe'],
        env: ['PROCESS_GROUP'],
      });
      const wantedRevision = first.body.wanted.modelRevision as number;
      const again = await report(web1.serverId, agent1, { ...heartbeat, wantedRevision });
      expect([again.status, again.body.wanted]).toEqual([200, null]);
      expect(await db.agentReport.count({ where: { serverId: web1.serverId } })).toBe(1);
    });
  });

  describe('GET /servers/{id}/status', () => {
    it('shows the agent online, its revision, drift, facts, their mismatches and processes', async () => {
      const res = await report(web1.serverId, agent1, {
        ...heartbeat,
        appliedRevision: 3,
        lastOutcome: 'live',
        drift: ['httpd/hostplane.conf'],
        facts: {
          apacheVersion: '2.4.62',
          modWsgiVersion: '5.0.1',
          pythonVersion: '3.11',
          // What the rendered config needs (mod_alias, mod_env, mod_mime besides mod_wsgi): no module mismatch.
          modules: ['alias_module', 'core_module', 'env_module', 'mime_module', 'wsgi_module'],
          unixUsers: ['bob'],
          unixGroups: ['bob', 'joe'],
          env: {},
        },
        processes: [{ group: 'bob:1', pid: 4242, startedAt: '2026-12-01T10:00:00.000Z', rssBytes: 1024 }],
      });
      expect(res.status).toBe(200);
      // The next heartbeat leaves facts and processes as they were.
      expect(
        (
          await report(web1.serverId, agent1, {
            ...heartbeat,
            appliedRevision: 3,
            lastOutcome: 'live',
            drift: ['httpd/hostplane.conf'],
          })
        ).status,
      ).toBe(200);

      const status = await get(`/servers/${web1.serverId}/status`);
      expect(status.status).toBe(200);
      expect(status.body).toMatchObject({
        serverId: web1.serverId,
        agent: { version: '0.1.0', online: true },
        appliedRevision: 3,
        lastOutcome: 'live',
        drift: ['httpd/hostplane.conf'],
        facts: { modWsgiVersion: '5.0.1', unixUsers: ['bob'] },
        processes: [{ group: 'bob:1', pid: 4242 }],
      });
      expect(status.body.states).toEqual(['drift', 'mismatch']);
      const codes = (status.body.factMismatches as { code: string; path: string }[]).map(
        (m) => `${m.code} ${m.path}`,
      );
      expect(codes.sort()).toEqual(
        [
          'MOD_WSGI_VERSION_DIFFERS /server/modWsgiVersion',
          ...[1, 2, 3].map((n) => `UNIX_USER_MISSING /daemon-groups/${web1.groupIds[`joe:${n}`]}/user`),
        ].sort(),
      );
    });

    it('is for admins: tenants 403, agents 404, an unknown server 404', async () => {
      expect((await get(`/servers/${web1.serverId}/status`, bob)).status).toBe(403);
      expect((await get(`/servers/${web1.serverId}/status`, agent1)).status).toBe(404);
      const missing = await get('/servers/nope/status');
      expect([missing.status, missing.headers['content-type']]).toEqual([
        404,
        expect.stringMatching(PROBLEM),
      ]);
    });

    it('an agent silent for 3 poll intervals is offline', async () => {
      await db.agentReport.update({
        where: { serverId: web1.serverId },
        data: { lastSeenAt: new Date(Date.now() - 3 * POLL_MS - 500) },
      });
      const status = await get(`/servers/${web1.serverId}/status`);
      expect(status.body.agent.online).toBe(false);
      expect(status.body.states).toContain('offline');
      await report(web1.serverId, agent1, {
        ...heartbeat,
        appliedRevision: 3,
        lastOutcome: 'live',
        drift: ['httpd/hostplane.conf'],
      });
      expect((await get(`/servers/${web1.serverId}/status`)).body.agent.online).toBe(true);
    });
  });

  describe('GET /fleet', () => {
    it('lists every server with its states, filters by state in the database, and pages', async () => {
      const all = await get('/fleet');
      expect(all.status).toBe(200);
      const byId = new Map(
        (all.body.items as { serverId: string; states: string[] }[]).map((r) => [r.serverId, r]),
      );
      expect(byId.get(web1.serverId)?.states).toEqual(['drift', 'mismatch']);
      expect(byId.get(web2)?.states).toEqual(['offline']);
      // The SQL filter and the states computed per row agree for every state.
      for (const state of ['offline', 'behind', 'failed', 'drift', 'mismatch']) {
        const filtered = await get(`/fleet?state=${state}`);
        expect(filtered.status).toBe(200);
        const ids = (filtered.body.items as { serverId: string }[]).map((r) => r.serverId);
        const expected = [...byId.values()].filter((r) => r.states.includes(state)).map((r) => r.serverId);
        expect([state, ids]).toEqual([state, expected]);
      }
      const first = await get('/fleet?limit=1');
      expect(first.body.items).toHaveLength(1);
      const second = await get(`/fleet?limit=1&cursor=${first.body.nextCursor as string}`);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.items[0].serverId).not.toBe(first.body.items[0].serverId);
    });

    it('a pending revision the agent has not applied makes its server behind; a failed one failed', async () => {
      const row = { manifest: [], digest: 'd', kind: 'reload', serverId: web2 };
      await db.publication.create({ data: { ...row, revision: 1, status: 'live' } });
      await db.publication.create({ data: { ...row, revision: 2, status: 'failed' } });
      await report(web2, agent2, { ...heartbeat, appliedRevision: 1, lastOutcome: 'failed' });
      const [behind, failed] = await Promise.all([get('/fleet?state=behind'), get('/fleet?state=failed')]);
      expect(behind.body.items.map((r: { serverId: string }) => r.serverId)).not.toContain(web2);
      expect(failed.body.items.map((r: { serverId: string }) => r.serverId)).toEqual([web2]);
      await db.publication.create({ data: { ...row, revision: 3, status: 'pending' } });
      const now = await get(`/servers/${web2}/status`);
      expect(now.body).toMatchObject({ liveRevision: 1, wantedRevision: 3, appliedRevision: 1 });
      expect(now.body.states).toEqual(['behind', 'failed']);
    });

    it('refuses unknown filters and bad cursors with 400, and tenants with 403', async () => {
      for (const url of ['/fleet?state=sleepy', '/fleet?nmae=x', '/fleet?cursor=zzz', '/fleet?limit=0']) {
        const res = await get(url);
        expect([url, res.status, res.headers['content-type']]).toEqual([
          url,
          400,
          expect.stringMatching(PROBLEM),
        ]);
      }
      expect((await get('/fleet', bob)).status).toBe(403);
      expect((await get('/fleet', agent1)).status).toBe(404);
    });

    it('exports servers by state as a Prometheus gauge', async () => {
      const res = await t.http().get('/metrics');
      expect(res.status).toBe(200);
      expect(res.text).toContain('hostplane_fleet_servers{state="total"} 2');
      expect(res.text).toContain('hostplane_fleet_servers{state="mismatch"} 1');
      expect(res.text).toContain('hostplane_fleet_servers{state="failed"} 1');
    });
  });

  describe('GET /daemon-groups/{id}/processes', () => {
    it('shows a group’s last reported processes to admins and to its own tenant; others get 404', async () => {
      const mine = await get(`/daemon-groups/${web1.groupIds['bob:1']}/processes`, bob);
      expect(mine.status).toBe(200);
      expect(mine.body).toMatchObject({ name: 'bob:1', processes: [{ pid: 4242, rssBytes: 1024 }] });
      expect(mine.body.reportedAt).not.toBeNull();
      const empty = await get(`/daemon-groups/${web1.groupIds['bob:2']}/processes`);
      expect([empty.status, empty.body.processes]).toEqual([200, []]);
      const theirs = await get(`/daemon-groups/${web1.groupIds['joe:1']}/processes`, bob);
      expect([theirs.status, theirs.headers['content-type']]).toEqual([404, expect.stringMatching(PROBLEM)]);
      expect(theirs.text).not.toContain('joe:1');
      expect((await get(`/daemon-groups/${web1.groupIds['bob:1']}/processes`, agent1)).status).toBe(404);
      expect((await get('/daemon-groups/nope/processes')).status).toBe(404);
    });
  });
});
