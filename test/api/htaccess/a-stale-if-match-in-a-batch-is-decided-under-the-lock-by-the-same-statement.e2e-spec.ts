/**
 * The .htaccess PUT has one write path: the group commit's statement, and — when that statement cannot
 * commit a batch (a stale If-Match in it, another replica's write) — the SAME statement again inside a
 * transaction holding the server row lock, after the 404 and 412 checks made under that lock. And whichever
 * step would refuse a conditional write, a stale If-Match is answered first (412 before 400/422).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { HtaccessGroupCommit } from '#api/htaccess/htaccess-group-commit.js';
import { HtaccessRepository } from '#api/htaccess/htaccess.repository.js';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

describe('a stale If-Match among concurrent .htaccess PUTs', () => {
  let t: TestApp;
  let db: Database;
  let server: TwoTenantServer;
  let bobToken: string;
  let joeToken: string;
  let adminToken: string;

  beforeAll(async () => {
    t = await startApp();
    db = t.app.get<Database>(DATABASE);
    const bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    bobToken = await logInAs(t, bob);
    joeToken = await logInAs(t, joe);
    adminToken = await logInAs(t, await seedUser(t.app, 'root', 'admin'));
  });
  afterAll(async () => {
    await t?.close();
  });

  const url = (directoryId: string) => `/api/v1/directories/${directoryId}/htaccess`;
  const putJson = (token: string, directoryId: string, rules: object[], ifMatch?: string) => {
    const req = t.http().put(url(directoryId)).set('Authorization', `Bearer ${token}`);
    if (ifMatch !== undefined) req.set('If-Match', ifMatch);
    return req.send({ rules });
  };

  it('answers 412 for it under the lock while the rest of its batch commits through the same statement', async () => {
    // Warm the model cache (the group commit's optimistic path needs a model known to be current).
    await t
      .http()
      .get(`/api/v1/servers/${server.serverId}/validation`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    const stale = (await putJson(bobToken, server.bobDirectoryId, [])).headers['etag'] as string;
    const current = (
      await putJson(bobToken, server.bobDirectoryId, [{ files: 'blog.wsgi', processGroup: 'bob:2' }])
    ).headers['etag'] as string;

    const repository = t.app.get(HtaccessRepository);
    const original = repository.replaceRulesAtRevision.bind(repository);
    const calls: { writes: number; locked: boolean }[] = [];
    const group = t.app.get(HtaccessGroupCommit);
    const submit = group.submit.bind(group);
    let submitted = 0;
    const submits = jest.spyOn(group, 'submit').mockImplementation((...args) => {
      submitted++;
      return submit(...args);
    });
    const spy = jest.spyOn(repository, 'replaceRulesAtRevision').mockImplementation(async (...args) => {
      calls.push({ writes: args[2].length, locked: args[3] !== undefined });
      // Hold the first commit until the two other requests have queued behind it (bounded).
      for (let waited = 0; calls.length === 1 && submitted < 3 && waited < 10_000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return original(...args);
    });
    try {
      const submittedAtLeast = async (n: number) => {
        for (let waited = 0; submitted < n && waited < 10_000; waited += 5) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      };
      const leader = putJson(joeToken, server.joeDirectoryId, [
        { files: 'a.wsgi', processGroup: 'joe:2' },
      ]).then((res) => res);
      await submittedAtLeast(1);
      const refused = putJson(bobToken, server.bobDirectoryId, [], stale).then((res) => res);
      await submittedAtLeast(2);
      const [led, staleRes, joeRes] = await Promise.all([
        leader,
        refused,
        putJson(joeToken, server.joeDirectoryId, [{ files: 'b.wsgi', processGroup: 'joe:2' }]),
      ]);
      expect(led.status).toBe(200);
      expect(staleRes.status).toBe(412);
      expect(staleRes.body.currentEtag).toBe(current);
      expect(joeRes.status).toBe(200);
    } finally {
      spy.mockRestore();
      submits.mockRestore();
    }
    // The leader alone; then [stale bob, joe] refused as a whole by the unlocked statement; then joe alone,
    // decided under the lock and written by the same statement in that transaction.
    expect(calls).toEqual([
      { writes: 1, locked: false },
      { writes: 2, locked: false },
      { writes: 1, locked: true },
    ]);
    const bobRules = await db.htaccessRule.findMany({ where: { directoryId: server.bobDirectoryId } });
    expect(bobRules.map((r) => r.files)).toEqual(['blog.wsgi']);
    const joeRules = await db.htaccessRule.findMany({ where: { directoryId: server.joeDirectoryId } });
    expect(joeRules.map((r) => r.files)).toEqual(['b.wsgi']);
    const joeAudits = await db.auditEvent.findMany({
      where: { action: 'htaccess.replace', targetId: server.joeDirectoryId },
      orderBy: { createdAt: 'asc' },
    });
    expect(joeAudits.map((a) => a.after)).toEqual([
      { rules: [{ files: 'a.wsgi', processGroup: 'joe:2' }] },
      { rules: [{ files: 'b.wsgi', processGroup: 'joe:2' }] },
    ]);
    expect(joeAudits[1]?.before).toEqual({ rules: [{ files: 'a.wsgi', processGroup: 'joe:2' }] });
  });

  it('answers a stale If-Match before refusing the body or the rules', async () => {
    const { etag } = (
      await t.http().get(url(server.bobDirectoryId)).set('Authorization', `Bearer ${bobToken}`)
    ).body as { etag: string };
    await putJson(bobToken, server.bobDirectoryId, [{ files: 'wiki.wsgi', processGroup: 'bob:3' }]).expect(
      200,
    );

    const text = (ifMatch: string) =>
      t
        .http()
        .put(url(server.bobDirectoryId))
        .set('Authorization', `Bearer ${bobToken}`)
        .set('Content-Type', 'text/plain')
        .set('If-Match', ifMatch)
        .send('Options +Indexes\n');
    const joeGroup = [{ files: 'wiki.wsgi', processGroup: 'joe:1' }];

    await text(etag).expect(412);
    await putJson(bobToken, server.bobDirectoryId, [{ nope: true }], etag).expect(412);
    await putJson(bobToken, server.bobDirectoryId, joeGroup, etag).expect(412);

    const { etag: now } = (
      await t.http().get(url(server.bobDirectoryId)).set('Authorization', `Bearer ${bobToken}`)
    ).body as { etag: string };
    await text(now).expect(422);
    await putJson(bobToken, server.bobDirectoryId, [{ nope: true }], now).expect(400);
    await putJson(bobToken, server.bobDirectoryId, joeGroup, now).expect(422);
  });
});
