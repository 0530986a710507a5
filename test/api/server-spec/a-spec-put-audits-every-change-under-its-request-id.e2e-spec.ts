import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startScenario, type ScenarioApp } from '../seed-scenario/scenario-app.js';

interface AuditEvent {
  action: string;
  targetId: string;
  serverId: string | null;
  requestId: string | null;
}

interface Answer {
  plan: { kind: string; key: string; action: string }[];
}

describe('the audit trail names the request that made each change', () => {
  let s: ScenarioApp;
  let seeded: object;

  beforeAll(async () => {
    s = await startScenario({ root: mkdtempSync(join(tmpdir(), 'hostplane-audit-rid-')), port: 8080 });
    seeded = (await s.admin.get(`/servers/${s.built.serverId}/spec`)).body as object;
  }, 120_000);

  afterAll(async () => {
    await s?.t.close();
  });

  const eventsOf = async (query: string) =>
    ((await s.admin.get(`/audit-events?${query}&limit=100`)).body as { items: AuditEvent[] }).items;

  it('a spec PUT writes one event per changed object, all under the X-Request-Id the caller sent', async () => {
    const serverId = (await s.admin.post<{ id: string }>('/servers', { name: 'provisioned-rid' })).id;
    const res = await s.admin
      .put(`/servers/${serverId}/spec`)
      .set('X-Request-Id', 'provision-42')
      .send(seeded);
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toBe('provision-42');
    const changed = (res.body as Answer).plan.filter((e) =>
      ['create', 'update', 'delete'].includes(e.action),
    );
    expect(changed.length).toBeGreaterThan(10);

    const events = await eventsOf('requestId=provision-42');
    expect(events).toHaveLength(changed.length);
    expect(new Set(events.map((e) => e.requestId))).toEqual(new Set(['provision-42']));
    // Every event of the server since its creation, except the creation itself, came from that one request.
    const onServer = await eventsOf(`serverId=${serverId}`);
    expect(onServer.filter((e) => e.requestId === 'provision-42')).toHaveLength(changed.length);
  });

  it('without an X-Request-Id the event carries the id the answer was given', async () => {
    const res = await s.admin
      .request('patch', `/virtual-hosts/${s.built.siteVhostId}`)
      .send({ env: { PROCESS_GROUP: 'default', MARK: 'audited' } });
    expect(res.status).toBe(200);
    const requestId = res.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const events = await eventsOf(`requestId=${requestId}`);
    expect(events.map((e) => [e.action, e.targetId])).toEqual([['virtual-host.update', s.built.siteVhostId]]);
  });

  it('two requests never share an id in the trail', async () => {
    const a = await s.admin
      .request('patch', `/virtual-hosts/${s.built.siteVhostId}`)
      .send({ env: { PROCESS_GROUP: 'default', MARK: 'a' } });
    const b = await s.admin
      .request('patch', `/virtual-hosts/${s.built.siteVhostId}`)
      .send({ env: { PROCESS_GROUP: 'default', MARK: 'b' } });
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
    expect(await eventsOf(`requestId=${a.headers['x-request-id']}`)).toHaveLength(1);
    expect(await eventsOf(`requestId=${b.headers['x-request-id']}`)).toHaveLength(1);
  });
});
