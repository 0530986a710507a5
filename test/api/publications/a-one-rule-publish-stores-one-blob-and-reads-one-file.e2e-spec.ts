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
  log: string;
  files: { path: string; sha256: string; content?: string }[];
}

const SERVER = 'srv-one-rule';
const BOB_HTACCESS = '/home/bob/public_html/.htaccess';

/**
 * The publish path of a one-rule change: the revision stores only the blob that is new (contents are
 * content-addressed, shared with the parent), the apply reads only the changed file from disk, and the
 * revision still reads back with every file's content, identical to what a fresh render gives.
 */
describe('a one-rule publish stores one new blob and reads one file from disk', () => {
  let t: TestApp;
  let sandbox: LocalSandbox;
  let admin: string;
  let db: Database;
  const url = `/api/v1/servers/${SERVER}/publications`;
  const publish = () => t.http().post(url).set('Authorization', admin).send({});
  const blobs = async () =>
    Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM publication_blobs`)[0]?.n);

  beforeAll(async () => {
    sandbox = localSandbox(SERVER);
    t = await startApp({ env: sandbox.env });
    db = t.app.get<Database>(DATABASE);
    await insertModel(db, sandbox.model);
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'one-rule-admin', 'admin'))}`;
  });
  afterAll(async () => {
    await t?.close();
    sandbox?.cleanup();
  });

  it('stores one blob, applies one file, and the revision reads back like the rendered config', async () => {
    const first = (await publish()).body as Pub;
    const stored = await blobs();
    expect(stored).toBe(new Set(first.files.map((f) => f.sha256)).size);

    const put = await t
      .http()
      .put('/api/v1/directories/dir-bob/htaccess')
      .set('Authorization', admin)
      .send({ rules: [{ files: 'blog.wsgi', processGroup: 'bob:3' }] });
    expect(put.status).toBe(200);
    const res = await publish();
    expect(res.status).toBe(201);
    const second = res.body as Pub;
    expect(await blobs()).toBe(stored + 1);
    expect(second.log).toMatch(/^drift ok [\d.]+ms 1 changed files read$/m);
    expect(second.log).toMatch(
      /^timings snapshot \d+ms, lock \d+ms, recheck \d+ms, validate \d+ms, render \d+ms/m,
    );

    const full = (await t.http().get(`/api/v1/publications/${second.id}`).set('Authorization', admin))
      .body as Pub;
    const config = await t.http().get(`/api/v1/servers/${SERVER}/config`).set('Authorization', admin);
    expect(full.files).toEqual(config.body.files);
    expect(full.files.find((f) => f.path === BOB_HTACCESS)?.content).toContain('bob:3');
    for (const file of full.files) expect(sandbox.read(file.path)).toBe(file.content);
  });
});
