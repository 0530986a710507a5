import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { localSandbox, type LocalSandbox } from './support/local-sandbox.js';

interface Pub {
  id: string;
  revision: number;
  status: string;
  kind: string;
  digest: string;
  parentId: string | null;
  rollbackOfId: string | null;
  reason: string | null;
  noop?: boolean;
  reloaded?: boolean;
  files: { path: string; sha256: string; content?: string }[];
}

const SERVER = 'srv-history';
const BOB_HTACCESS = '/home/bob/public_html/.htaccess';
const INCLUDE = 'httpd/hostplane.conf';

describe('publishing locally: history, no-op, dry run, diff, rollback, drift', () => {
  let t: TestApp;
  let sandbox: LocalSandbox;
  let admin: string;
  let bob: string;
  let db: Database;
  const url = `/api/v1/servers/${SERVER}/publications`;
  const publish = (body: object = {}) => t.http().post(url).set('Authorization', admin).send(body);
  const count = () => db.publication.count({ where: { serverId: SERVER } });

  beforeAll(async () => {
    sandbox = localSandbox(SERVER);
    t = await startApp({ env: sandbox.env });
    db = t.app.get<Database>(DATABASE);
    await insertModel(db, sandbox.model);
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'pub-admin', 'admin'))}`;
    bob = `Bearer ${await logInAs(t, await seedUser(t.app, 'pub-bob', 'tenant', { tenantId: 'tn-bob' }))}`;
  });
  afterAll(async () => {
    await t?.close();
    sandbox?.cleanup();
  });

  it('refuses tenants with 403 on every publishing route', async () => {
    const res = await t.http().post(url).set('Authorization', bob).send({});
    expect(res.status).toBe(403);
    expect((await t.http().get(url).set('Authorization', bob)).status).toBe(403);
    expect((await t.http().get(`/api/v1/servers/${SERVER}/drift`).set('Authorization', bob)).status).toBe(
      403,
    );
  });

  it('a dry run shows every file as added against nothing, and stores nothing', async () => {
    const res = await t.http().post(`${url}?dryRun=true`).set('Authorization', admin).send({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      valid: true,
      changed: true,
      kind: 'reload',
      against: null,
    });
    const files = (res.body as { files: { path: string; change: string; diff: string }[] }).files;
    expect(files.map((f) => f.change)).toEqual(files.map(() => 'added'));
    expect(files.find((f) => f.path === INCLUDE)?.diff).toContain('+<VirtualHost *:80>');
    expect(await count()).toBe(0);
  });

  let first: Pub;
  it('the first publish stores revision 1 and makes its files the files on disk', async () => {
    const res = await publish({ reason: 'initial' });
    expect(res.status).toBe(201);
    first = res.body as Pub;
    expect(first).toMatchObject({ revision: 1, status: 'live', kind: 'reload', parentId: null, noop: false });
    const full = (await t.http().get(`/api/v1/publications/${first.id}`).set('Authorization', admin))
      .body as Pub;
    for (const file of full.files) expect(sandbox.read(file.path)).toBe(file.content);
  });

  it('publishing the same digest again is a no-op that says so', async () => {
    const res = await publish();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ noop: true, id: first.id, revision: 1, status: 'live' });
    expect((res.body as { message: string }).message).toContain('nothing was published');
    expect(await count()).toBe(1);
  });

  let second: Pub;
  it('a .htaccess-only change is classified as such and goes live without a reload', async () => {
    const put = await t
      .http()
      .put('/api/v1/directories/dir-bob/htaccess')
      .set('Authorization', bob)
      .send({ rules: [{ files: 'blog.wsgi', processGroup: 'bob:3' }] });
    expect(put.status).toBe(200);
    const dry = await t.http().post(`${url}?dryRun=true`).set('Authorization', admin).send({});
    expect(dry.body).toMatchObject({ kind: 'no-reload', against: { id: first.id, revision: 1 } });
    expect((dry.body as { files: { path: string }[] }).files.map((f) => f.path)).toEqual([BOB_HTACCESS]);
    expect(await count()).toBe(1);

    const res = await publish();
    expect(res.status).toBe(201);
    second = res.body as Pub;
    expect(second).toMatchObject({ revision: 2, status: 'live', kind: 'no-reload', reloaded: false });
    expect(second.parentId).toBe(first.id);
    expect(sandbox.read(BOB_HTACCESS)).toContain('bob:3');
    const old = (await t.http().get(`/api/v1/publications/${first.id}`).set('Authorization', admin))
      .body as Pub;
    expect(old.status).toBe('superseded');
  });

  it('diff defaults to the parent and gives a unified diff per changed file', async () => {
    const res = await t.http().get(`/api/v1/publications/${second.id}/diff`).set('Authorization', admin);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      from: { id: first.id, revision: 1 },
      to: { id: second.id, revision: 2 },
    });
    const [only, ...rest] = (res.body as { files: { path: string; change: string; diff: string }[] }).files;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ path: BOB_HTACCESS, change: 'modified' });
    expect(only?.diff).toMatch(/^--- a\/home\/bob\/public_html\/\.htaccess\n\+\+\+ b\/home\/bob/);
    // The wiki rule went and blog moved to bob:3: the minimal script keeps the shared lines as context.
    expect(only?.diff).toContain('\n-    SetEnv PROCESS_GROUP bob:2\n');
    expect(only?.diff).toContain('\n-<Files wiki.wsgi>\n');
    expect(only?.diff).toContain('\n     SetEnv PROCESS_GROUP bob:3\n');
    const back = await t
      .http()
      .get(`/api/v1/publications/${first.id}/diff?against=${second.id}`)
      .set('Authorization', admin);
    expect(back.body.files[0].diff).toContain('\n+    SetEnv PROCESS_GROUP bob:2\n');
  });

  it('a hand-edited file on disk is drift: publishing refuses with 409 and the paths, force overwrites', async () => {
    sandbox.write(INCLUDE, `${sandbox.read(INCLUDE)}# edited by hand\n`);
    const drift = await t.http().get(`/api/v1/servers/${SERVER}/drift`).set('Authorization', admin);
    expect(drift.status).toBe(200);
    expect(drift.body).toMatchObject({ clean: false, live: { revision: 2 } });
    expect(drift.body.findings).toMatchObject([
      { path: INCLUDE, kind: 'modified', target: sandbox.at(INCLUDE) },
    ]);

    const patch = await t
      .http()
      .patch('/api/v1/virtual-hosts/vh-site')
      .set('Authorization', admin)
      .send({ env: { PROCESS_GROUP: 'bob:1' } });
    expect(patch.status).toBe(200);
    const refused = await publish();
    expect(refused.status).toBe(409);
    expect(refused.body.paths).toEqual([sandbox.at(INCLUDE)]);
    expect(sandbox.read(INCLUDE)).toContain('# edited by hand');
    expect(await count()).toBe(2);

    const forced = await publish({ force: true, reason: 'overwrite the hand edit' });
    expect(forced.status).toBe(201);
    expect(forced.body).toMatchObject({ revision: 3, status: 'live', kind: 'reload' });
    expect(sandbox.read(INCLUDE)).not.toContain('# edited by hand');
    const clean = await t.http().get(`/api/v1/servers/${SERVER}/drift`).set('Authorization', admin);
    expect(clean.body).toMatchObject({ clean: true, findings: [], live: { revision: 3 } });
  });

  it('rollback republishes an earlier revision as a new one, records why, and restores its files', async () => {
    const res = await t
      .http()
      .post(`/api/v1/publications/${first.id}/rollback`)
      .set('Authorization', admin)
      .send({ reason: 'bob:3 broke the blog' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      revision: 4,
      status: 'live',
      digest: first.digest,
      rollbackOfId: first.id,
      reason: 'bob:3 broke the blog',
    });
    const full = (await t.http().get(`/api/v1/publications/${first.id}`).set('Authorization', admin))
      .body as Pub;
    for (const file of full.files) expect(sandbox.read(file.path)).toBe(file.content);
    const again = await t
      .http()
      .post(`/api/v1/publications/${first.id}/rollback`)
      .set('Authorization', admin)
      .send({ reason: 'twice' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ noop: true, revision: 4 });
  });

  it('lists revisions newest first, paginated, exactly one live, every one audited', async () => {
    const page1 = await t.http().get(`${url}?limit=3`).set('Authorization', admin);
    expect(page1.status).toBe(200);
    const items1 = page1.body.items as Pub[];
    expect(items1.map((p) => p.revision)).toEqual([4, 3, 2]);
    const page2 = await t
      .http()
      .get(`${url}?limit=3&cursor=${page1.body.nextCursor}`)
      .set('Authorization', admin);
    expect((page2.body.items as Pub[]).map((p) => p.revision)).toEqual([1]);
    expect(page2.body.nextCursor).toBeNull();
    const live = await t.http().get(`${url}?status=live`).set('Authorization', admin);
    expect((live.body.items as Pub[]).map((p) => p.revision)).toEqual([4]);
    const audit = await db.auditEvent.findMany({
      where: { targetType: 'publication' },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual([
      'publication.create',
      'publication.create',
      'publication.create',
      'publication.rollback',
    ]);
    expect(audit.every((a) => a.credentialId?.startsWith('session:'))).toBe(true);
  });

  it('an unknown publication or server is a 404 problem', async () => {
    const res = await t.http().get('/api/v1/publications/nope').set('Authorization', admin);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(
      (await t.http().post('/api/v1/servers/nope/publications').set('Authorization', admin).send({})).status,
    ).toBe(404);
  });
});
