import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { localSandbox, type LocalSandbox } from './support/local-sandbox.js';

const SERVER = 'srv-slow';
const TX_TIMEOUT_MS = 1_000;
/** The configtest alone outlasts the transaction timeout by far. */
const SLOW_CONFIGTEST = JSON.stringify(['/bin/sh', '-c', 'sleep 2.5']);

describe('a publish whose apply outlasts the transaction timeout', () => {
  let t: TestApp;
  let sandbox: LocalSandbox;
  let admin: string;
  let db: Database;
  const url = `/api/v1/servers/${SERVER}/publications`;
  const publish = () => t.http().post(url).set('Authorization', admin).send({});
  const rows = () => db.publication.findMany({ where: { serverId: SERVER }, orderBy: { revision: 'asc' } });
  const edit = (round: string) =>
    t
      .http()
      .patch('/api/v1/virtual-hosts/vh-site')
      .set('Authorization', admin)
      .send({ env: { PROCESS_GROUP: 'default', ROUND: round } });

  beforeAll(async () => {
    sandbox = localSandbox(SERVER, {
      HOSTPLANE_PUBLISH_TX_TIMEOUT_MS: String(TX_TIMEOUT_MS),
      HOSTPLANE_CONFIGTEST_CMD: SLOW_CONFIGTEST,
    });
    t = await startApp({ env: sandbox.env });
    db = t.app.get<Database>(DATABASE);
    await insertModel(db, sandbox.model);
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'slow-admin', 'admin'))}`;
  });
  afterAll(async () => {
    await t?.close();
    sandbox?.cleanup();
  });

  it('goes live, is recorded with its audit event, and the next publish finds disk and database agreeing', async () => {
    const started = performance.now();
    const res = await publish();
    expect(performance.now() - started).toBeGreaterThan(2 * TX_TIMEOUT_MS);
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('live');
    const [row] = await rows();
    expect(row?.status).toBe('live');
    expect(row?.log).toContain('configtest ok');
    const audit = await db.auditEvent.findMany({ where: { serverId: SERVER, action: 'publication.create' } });
    expect(audit).toHaveLength(1);
    const config = await t.http().get(`/api/v1/servers/${SERVER}/config`).set('Authorization', admin);
    for (const file of config.body.files as { path: string; content: string }[]) {
      expect(sandbox.read(file.path)).toBe(file.content);
    }
    const again = await publish();
    expect(again.status).toBe(200);
    expect(again.body.noop).toBe(true);
    const drift = await t.http().get(`/api/v1/servers/${SERVER}/drift`).set('Authorization', admin);
    expect(drift.body.clean).toBe(true);
  }, 30_000);

  it('a publish that died after its files went live but before recording is settled live from the disk record', async () => {
    expect((await edit('two')).status).toBe(200);
    expect((await publish()).status).toBe(201);
    const [one, two] = await rows();
    // What a crash between the apply and transaction 2 leaves: the row pending, the old one still live.
    await db.publication.update({ where: { id: two?.id ?? '' }, data: { status: 'pending' } });
    await db.publication.update({ where: { id: one?.id ?? '' }, data: { status: 'live' } });
    await db.auditEvent.deleteMany({ where: { targetId: two?.id ?? '' } });

    const res = await publish();
    expect(res.status).toBe(200);
    expect(res.body.noop).toBe(true);
    expect(res.body.revision).toBe(2);
    expect((await rows()).map((r) => [r.revision, r.status])).toEqual([
      [1, 'superseded'],
      [2, 'live'],
    ]);
    const settled = await db.auditEvent.findMany({ where: { targetId: two?.id ?? '' } });
    expect(settled.map((a) => a.action)).toEqual(['publication.reconcile']);
  }, 30_000);

  it('a publish that died before its files went live is settled failed, and numbering stays gapless', async () => {
    const [, two] = await rows();
    // Stored (transaction 1) but never applied: the disk record still names revision 2.
    await db.$executeRaw`
      INSERT INTO publications (id, server_id, revision, parent_id, digest, manifest, diagnostics, status, kind)
      SELECT 'crashed-3', server_id, 3, id, 'not-on-disk', manifest, diagnostics, 'pending', kind
      FROM publications WHERE id = ${two?.id ?? ''}`;
    expect((await edit('four')).status).toBe(200);
    const res = await publish();
    expect(res.status).toBe(201);
    expect(res.body.revision).toBe(4);
    expect((await rows()).map((r) => [r.revision, r.status])).toEqual([
      [1, 'superseded'],
      [2, 'superseded'],
      [3, 'failed'],
      [4, 'live'],
    ]);
  }, 30_000);
});
