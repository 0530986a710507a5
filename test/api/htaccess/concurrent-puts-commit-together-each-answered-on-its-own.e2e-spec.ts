/**
 * Group commit: .htaccess PUTs to one server that queue while a write is committing are committed by one
 * statement, yet each is judged on its own — the refused one answers 422 and stores nothing, the others
 * get their own ETag and audit event — exactly as if they had run one after another.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { HtaccessRepository } from '#api/htaccess/htaccess.repository.js';
import { HtaccessGroupCommit } from '#api/htaccess/htaccess-group-commit.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

describe('concurrent .htaccess PUTs on one server', () => {
  let t: TestApp;
  let db: Database;
  let server: TwoTenantServer;
  let bobToken: string;
  let joeToken: string;
  let adminToken: string;
  let bobPrivateId: string;

  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    const bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    const bobPrivate = await db.directory.create({
      data: {
        serverId: server.serverId,
        virtualHostId: server.siteVhostId,
        tenantId: bob.tenantId ?? '',
        path: '/home/bob/private',
        urlPath: '/bob-private',
        allowOverride: ['FileInfo'],
        options: ['ExecCGI'],
        handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
        restrictProcess: ['bob:1', 'bob:2'],
        env: { PROCESS_GROUP: 'bob:1' },
      },
    });
    bobPrivateId = bobPrivate.id;
    bobToken = await logInAs(t, bob);
    joeToken = await logInAs(t, joe);
    adminToken = await logInAs(t, await seedUser(t.app, 'root', 'admin'));
  });
  afterAll(async () => {
    await t?.close();
  });

  const put = (token: string, directoryId: string, processGroup: string) =>
    t
      .http()
      .put(`/api/v1/directories/${directoryId}/htaccess`)
      .set('Authorization', `Bearer ${token}`)
      .send({ rules: [{ files: 'app.wsgi', processGroup }] });

  it('commits the queued writes in one statement and answers each on its own', async () => {
    // Warm the model cache (the group commit only runs on a model known to be current).
    await t
      .http()
      .get(`/api/v1/servers/${server.serverId}/validation`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    const revisionBefore = (await db.server.findUniqueOrThrow({ where: { id: server.serverId } }))
      .modelRevision;
    const repository = t.app.get(HtaccessRepository);
    const original = repository.replaceRulesAtRevision.bind(repository);
    const batchSizes: number[] = [];
    const group = t.app.get(HtaccessGroupCommit);
    const submit = group.submit.bind(group);
    let submitted = 0;
    const submits = jest.spyOn(group, 'submit').mockImplementation((...args) => {
      submitted++;
      return submit(...args);
    });
    const spy = jest.spyOn(repository, 'replaceRulesAtRevision').mockImplementation(async (...args) => {
      batchSizes.push(args[2].length);
      // Hold the first commit until the other three requests have queued behind it (bounded).
      for (let waited = 0; batchSizes.length === 1 && submitted < 4 && waited < 10_000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return original(...args);
    });
    try {
      // Queued in a fixed order behind the held leader (each waits for the previous one to be submitted),
      // so the batches do not depend on which request the server happens to authenticate first:
      // [bob refused] alone (bob's next write is the same directory), then [bob ok, joe] in ONE statement.
      const submittedAtLeast = async (n: number) => {
        for (let waited = 0; submitted < n && waited < 10_000; waited += 5) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      };
      const first = put(bobToken, server.bobDirectoryId, 'bob:3').then((res) => res);
      await submittedAtLeast(1);
      // bob:3 is not in this directory's restriction list: refused on its own.
      const refused = put(bobToken, bobPrivateId, 'bob:3').then((res) => res);
      await submittedAtLeast(2);
      const ok = put(bobToken, bobPrivateId, 'bob:2').then((res) => res);
      await submittedAtLeast(3);
      const [leader, joeOk, bobRefused, bobOk] = await Promise.all([
        first,
        put(joeToken, server.joeDirectoryId, 'joe:2'),
        refused,
        ok,
      ]);
      expect(leader.status).toBe(200);
      expect(joeOk.status).toBe(200);
      expect(joeOk.headers['etag']).toBe('"htaccess-1"');
      expect(bobRefused.status).toBe(422);
      expect(bobRefused.body.errors.map((d: { code: string }) => d.code)).toContain('GROUP_NOT_ALLOWED');
      // The same directory twice is never in one batch: this one runs after the refused one.
      expect(bobOk.status).toBe(200);
      expect(bobOk.headers['etag']).toBe('"htaccess-1"');
      expect(Math.max(...batchSizes)).toBeGreaterThan(1);
    } finally {
      spy.mockRestore();
      submits.mockRestore();
    }
    const revisionAfter = (await db.server.findUniqueOrThrow({ where: { id: server.serverId } }))
      .modelRevision;
    expect(revisionAfter - revisionBefore).toBe(batchSizes.length);

    const audits = await db.auditEvent.findMany({ where: { action: 'htaccess.replace' } });
    expect(audits.map((a) => a.targetId).sort()).toEqual(
      [server.bobDirectoryId, server.joeDirectoryId, bobPrivateId].sort(),
    );
    const rules = await db.htaccessRule.findMany({ where: { directoryId: bobPrivateId } });
    expect(rules.map((r) => r.processGroup)).toEqual(['bob:2']);

    const resolved = await t
      .http()
      .get(`/api/v1/servers/${server.serverId}/resolve?host=www.site.com&path=/joe/app.wsgi`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    expect(resolved.body.processGroup).toBe('joe:2');
  });
});
