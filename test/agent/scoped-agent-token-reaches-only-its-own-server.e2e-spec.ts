import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { agentSandbox, type AgentSandbox } from './support/agent-sandbox.js';
import { agentToken } from './support/agent-harness.js';
import { authenticatedRequests } from './support/scoped-requests.js';

const MINE = 'srv-mine';
const OTHER = 'srv-other';
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

describe('a server-scoped agent token reaches only the agent endpoints of its own server', () => {
  let t: TestApp;
  let sandbox: AgentSandbox;
  let admin: string;
  let bob: string;
  let scoped: string;
  const publish = async (serverId: string) => {
    const res = await t.http().post(`/api/v1/servers/${serverId}/publications`).set('Authorization', admin);
    expect([res.status, res.body.status]).toEqual([201, 'pending']);
    return res.body as { id: string };
  };

  beforeAll(async () => {
    t = await startApp();
    sandbox = agentSandbox(MINE);
    const db = t.app.get<Database>(DATABASE);
    await insertModel(db, sandbox.model);
    await db.server.create({ data: { id: OTHER, name: 'other-server', configDir: `${sandbox.root}/other` } });
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'scope-admin', 'admin'))}`;
    bob = `Bearer ${await logInAs(t, await seedUser(t.app, 'scope-bob', 'tenant', { tenantId: 'tn-bob' }))}`;
    scoped = `Bearer ${await agentToken(t.http, admin, MINE)}`;
  });
  afterAll(async () => {
    await t?.close();
    sandbox?.cleanup();
  });

  it('only admins create scoped tokens: a tenant gets 403 and nothing is stored', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/tokens')
      .set('Authorization', bob)
      .send({ name: 'sneaky', serverId: MINE });
    expect(res.status).toBe(403);
    expect(res.body.type).toBe('urn:hostplane:problem:forbidden');
    const db = t.app.get<Database>(DATABASE);
    expect(await db.apiToken.count({ where: { name: 'sneaky' } })).toBe(0);
  });

  it('a scoped token for a server that does not exist is refused with 422', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/tokens')
      .set('Authorization', admin)
      .send({ name: 'ghost', serverId: 'srv-ghost' });
    expect(res.status).toBe(422);
    expect(res.body.errors).toMatchObject([{ code: 'SERVER_NOT_FOUND', path: '/serverId' }]);
  });

  it('lists show which server a token is bound to', async () => {
    const res = await t.http().get('/api/v1/auth/tokens').set('Authorization', admin);
    expect(res.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: `agent ${MINE}`, serverId: MINE })]),
    );
  });

  it('pulls its own server’s revision and reports on it', async () => {
    const mine = await publish(MINE);
    const live = await t.http().get(`/api/v1/servers/${MINE}/publications/live`).set('Authorization', scoped);
    expect([live.status, live.body.id]).toEqual([200, mine.id]);
    const report = await t
      .http()
      .post(`/api/v1/publications/${mine.id}/deployments`)
      .set('Authorization', scoped)
      .send({ status: 'live', log: 'ok' });
    expect([report.status, report.body.status]).toEqual([200, 'live']);
    const audit = await t.app
      .get<Database>(DATABASE)
      .auditEvent.findFirst({ where: { action: 'publication.deployment', targetId: mine.id } });
    expect(audit?.credentialId).toMatch(/^token:/);
  });

  it('another server’s revision and publications are 404, as if they did not exist', async () => {
    const theirs = await publish(OTHER);
    const live = await t
      .http()
      .get(`/api/v1/servers/${OTHER}/publications/live`)
      .set('Authorization', scoped);
    expect(live.status).toBe(404);
    expect(live.text).not.toContain(theirs.id);
    const report = await t
      .http()
      .post(`/api/v1/publications/${theirs.id}/deployments`)
      .set('Authorization', scoped)
      .send({ status: 'failed', log: 'forged' });
    expect(report.status).toBe(404);
    const stored = await t.app.get<Database>(DATABASE).publication.findUnique({ where: { id: theirs.id } });
    expect(stored?.status).toBe('pending');
  });

  it('every other authenticated route answers 404, even with its own server’s ids', async () => {
    const agentRoutes = [
      'ServerPublicationsController.live',
      'PublicationsController.report',
      'FleetController.report',
      'AgentDaemonGroupRestartsController.pending',
      'AgentDaemonGroupRestartsController.record',
    ];
    const requests = authenticatedRequests(t.app, (name) => (name === 'serverId' ? MINE : 'x'));
    expect(requests.length).toBeGreaterThan(20);
    const answers: string[] = [];
    for (const { method, url, handler } of requests) {
      if (agentRoutes.includes(handler)) continue;
      const verb = method.toLowerCase() as Method;
      const req = t.http()[verb](url).set('Authorization', scoped);
      const res = verb === 'get' || verb === 'delete' ? await req : await req.send({});
      answers.push(`${res.status === 404 ? 'ok ' : 'BAD'} ${res.status} ${method} ${url} (${handler})`);
    }
    expect(answers.filter((line) => !line.startsWith('ok '))).toEqual([]);
    expect(answers.length).toBe(requests.length - agentRoutes.length);
  });

  it('an admin session still reaches the agent endpoints of any server', async () => {
    const res = await t.http().get(`/api/v1/servers/${OTHER}/publications/live`).set('Authorization', admin);
    expect(res.status).toBe(200);
  });
});
