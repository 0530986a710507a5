import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startScenario, type ScenarioApp } from '../seed-scenario/scenario-app.js';

/**
 * Every editable object: GET answers a strong ETag of its representation (304 on If-None-Match); PATCH and DELETE
 * honour If-Match — a stale tag is a 412 that changes nothing, the current one goes through. A lost update between two
 * dashboards is refused instead of silently overwritten.
 */
describe('If-Match on every PATCH and DELETE of an editable object', () => {
  let s: ScenarioApp;
  let objects: { name: string; path: string; patch: object }[];

  beforeAll(async () => {
    s = await startScenario({ root: mkdtempSync(join(tmpdir(), 'hostplane-etag-')), port: 8080 });
    const b = s.built;
    const users = (await s.admin.get('/users?username=bob')).body as { items: { id: string }[] };
    objects = [
      { name: 'server', path: `/servers/${b.serverId}`, patch: { socketPrefix: '/var/run/wsgi' } },
      {
        name: 'virtual host',
        path: `/virtual-hosts/${b.siteVhostId}`,
        patch: { serverAliases: ['site.com'] },
      },
      { name: 'daemon group', path: `/daemon-groups/${b.groupIds['bob:2']}`, patch: { threads: 10 } },
      {
        name: 'directory',
        path: `/directories/${b.directoryIds.bob}`,
        patch: { env: { PROCESS_GROUP: 'bob:2' } },
      },
      { name: 'tenant', path: `/tenants/${b.tenantIds.joe}`, patch: { unixGroup: 'joe' } },
      { name: 'user', path: `/users/${users.items[0]!.id}`, patch: { disabled: false } },
    ];
  }, 120_000);

  afterAll(async () => {
    await s?.t.close();
  });

  it('GET answers a strong ETag and 304 when If-None-Match names it', async () => {
    for (const o of objects) {
      const res = await s.admin.get(o.path);
      expect({ name: o.name, status: res.status, weak: res.headers.etag?.startsWith('W/') }).toEqual({
        name: o.name,
        status: 200,
        weak: false,
      });
      const again = await s.admin.get(o.path).set('If-None-Match', res.headers.etag!);
      expect({ name: o.name, status: again.status }).toEqual({ name: o.name, status: 304 });
    }
  });

  it('PATCH with a stale If-Match is a 412 that changes nothing; with the current tag it goes through', async () => {
    for (const o of objects) {
      const before = await s.admin.get(o.path);
      const stale = await s.admin.request('patch', o.path).set('If-Match', '"stale"').send(o.patch);
      expect({ name: o.name, status: stale.status }).toEqual({ name: o.name, status: 412 });
      expect((await s.admin.get(o.path)).headers.etag).toBe(before.headers.etag);
      const fresh = await s.admin
        .request('patch', o.path)
        .set('If-Match', before.headers.etag!)
        .send(o.patch);
      expect({ name: o.name, status: fresh.status }).toEqual({ name: o.name, status: 200 });
    }
  });

  it('DELETE with a stale If-Match is a 412 and deletes nothing', async () => {
    for (const o of objects) {
      const res = await s.admin.request('delete', o.path).set('If-Match', '"stale"');
      expect({ name: o.name, status: res.status }).toEqual({ name: o.name, status: 412 });
      expect((await s.admin.get(o.path)).status).toBe(200);
    }
  });
});
