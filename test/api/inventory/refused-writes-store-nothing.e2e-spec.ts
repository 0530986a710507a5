import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { apiClient, type ApiClient } from './support/admin-client.js';
import {
  buildRestrictProcessInventory,
  type RestrictProcessInventory,
} from './support/restrict-process-inventory.js';

describe('a write the engine refuses answers 422 with diagnostics and changes nothing', () => {
  let t: TestApp;
  let db: Database;
  let admin: ApiClient;
  let inv: RestrictProcessInventory;
  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    admin = apiClient(t, await logInAs(t, await seedUser(t.app, 'alice', 'admin')));
    inv = await buildRestrictProcessInventory(admin);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Everything a refused write could have touched. */
  const snapshot = async () => ({
    groups: await db.daemonGroup.findMany({ orderBy: { id: 'asc' } }),
    vhosts: await db.virtualHost.findMany({ orderBy: { id: 'asc' } }),
    directories: await db.directory.findMany({ orderBy: { id: 'asc' } }),
    tenants: await db.tenant.findMany({ orderBy: { id: 'asc' } }),
    servers: await db.server.findMany({ orderBy: { id: 'asc' } }),
    auditEvents: await db.auditEvent.count(),
  });

  type Request = [path: string, body: object];
  const groupsPath = (): string => `/servers/${inv.serverId}/daemon-groups`;
  it.each([
    [
      'a group name differing only by case',
      (): Request => [groupsPath(), { name: 'BOB:1', threads: 5 }],
      'GROUP_NAMES_DIFFER_ONLY_BY_CASE',
    ],
    [
      'threads "abc"',
      (): Request => [groupsPath(), { name: 'extra', threads: 'abc' }],
      'INVALID_OPTION_VALUE',
    ],
    [
      'threads 70000',
      (): Request => [groupsPath(), { name: 'extra', threads: 70000 }],
      'INVALID_OPTION_VALUE',
    ],
    ['a daemon running as root', (): Request => [groupsPath(), { name: 'extra', user: 'root' }], undefined],
    [
      'a hostile newline in a SetEnv value',
      (): Request => [
        `/servers/${inv.serverId}/virtual-hosts`,
        { serverName: 'x.example.com', addresses: ['*:80'], env: { A: 'x\nLoadModule evil /tmp/e.so' } },
      ],
      undefined,
    ],
    [
      'a restriction list naming a missing group',
      (): Request => [
        `/virtual-hosts/${inv.vhostId}/directories`,
        { path: '/home/bob/other', tenantId: inv.tenants.bob, restrictProcess: ['nobody:1'] },
      ],
      undefined,
    ],
  ] as const)('%s', async (_case, request, code) => {
    const [path, body] = request();
    const before = await snapshot();
    const res = await admin.post(path, body).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'urn:hostplane:problem:model-invalid', status: 422 });
    expect(res.body.errors.length).toBeGreaterThan(0);
    for (const d of res.body.errors) {
      expect(d).toMatchObject({
        code: expect.any(String),
        severity: 'error',
        path: expect.stringMatching(/^\//),
      });
      expect(typeof d.message).toBe('string');
    }
    if (code !== undefined) expect(res.body.errors.map((d: { code: string }) => d.code)).toContain(code);
    expect(await snapshot()).toEqual(before);
  });

  it('quotes mod_wsgi for threads out of range', async () => {
    const res = await admin.post(groupsPath(), { name: 'extra', threads: 70000 }).expect(422);
    expect(res.body.errors[0]).toMatchObject({
      path: expect.stringMatching(/\/threads$/),
      apacheMessage: expect.any(String),
    });
  });

  it('refuses a PATCH that would break the model and keeps the old values', async () => {
    const before = await snapshot();
    await admin.patch(`/daemon-groups/${inv.groups['bob:1']}`, { user: 'joe' }).expect(422);
    await admin.patch(`/tenants/${inv.tenants.bob}`, { unixUser: 'www-data' }).expect(422);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 400 (not 422) for an unknown field', async () => {
    const res = await admin.post(groupsPath(), { name: 'extra', thread: 5 }).expect(400);
    expect(res.body.errors[0]).toMatchObject({ code: 'UNKNOWN_FIELD', path: '/thread' });
  });
});
