import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { startReplica, type Replica } from '#test-support/app/start-replica.js';
import { localSandbox, type LocalSandbox } from './support/local-sandbox.js';

const SERVER = 'srv-race';
const ROUNDS = 50;

/**
 * Two Nest apps (two API replicas) on one database, applying to one web server root: 50 edit+publish
 * rounds at once, alternating replicas. The advisory lock must serialise them across processes.
 */
describe('two API processes publishing the same server concurrently', () => {
  let a: TestApp;
  let b: Replica;
  let sandbox: LocalSandbox;
  let db: Database;
  let tokens: string[];

  beforeAll(async () => {
    sandbox = localSandbox(SERVER);
    a = await startApp({ env: sandbox.env });
    b = await startReplica(a);
    db = a.app.get<Database>(DATABASE);
    await insertModel(db, sandbox.model);
    const login = await seedUser(a.app, 'race-admin', 'admin');
    tokens = [`Bearer ${await logInAs(a, login)}`, `Bearer ${await logInAs(b, login)}`];
  }, 60_000);
  afterAll(async () => {
    await b?.app.close();
    await a?.close();
    sandbox?.cleanup();
  });

  it('numbers revisions 1..N without gaps, loses no update, and leaves exactly one live', async () => {
    const replicas = [a.http, b.http];
    const statuses = await Promise.all(
      Array.from({ length: ROUNDS }, async (_, i) => {
        const http = replicas[i % 2] ?? a.http;
        const auth = tokens[i % 2] ?? '';
        const edit = await http()
          .patch('/api/v1/virtual-hosts/vh-site')
          .set('Authorization', auth)
          .send({ env: { PROCESS_GROUP: 'default', ROUND: `r${i}` } });
        expect(edit.status).toBe(200);
        const res = await http()
          .post(`/api/v1/servers/${SERVER}/publications`)
          .set('Authorization', auth)
          .send({});
        return res.status;
      }),
    );
    // 201 = a new revision; 200 = the model it read was already live (another round published it).
    expect(statuses.filter((s) => s !== 201 && s !== 200)).toEqual([]);
    const rows = await db.publication.findMany({ where: { serverId: SERVER }, orderBy: { revision: 'asc' } });
    expect(rows.length).toBe(statuses.filter((s) => s === 201).length);
    expect(rows.map((r) => r.revision)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.filter((r) => r.status === 'live')).toHaveLength(1);
    expect(rows.filter((r) => r.status !== 'live' && r.status !== 'superseded')).toEqual([]);
    // Each revision is built on the one before it.
    rows.slice(1).forEach((row, i) => expect(row.parentId).toBe(rows[i]?.id));

    // No lost update: the live revision is the model as it is now, and so are the files on disk.
    const live = rows.find((r) => r.status === 'live');
    const config = await a
      .http()
      .get(`/api/v1/servers/${SERVER}/config`)
      .set('Authorization', tokens[0] ?? '');
    expect(live?.digest).toBe(config.body.digest);
    expect(live?.revision).toBe(rows.length);
    for (const file of config.body.files as { path: string; content: string }[]) {
      expect(sandbox.read(file.path)).toBe(file.content);
    }
    const again = await b
      .http()
      .post(`/api/v1/servers/${SERVER}/publications`)
      .set('Authorization', tokens[1] ?? '')
      .send({});
    expect(again.status).toBe(200);
    expect(again.body.noop).toBe(true);
  }, 120_000);
});
