import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { localSandbox, type LocalSandbox } from './support/local-sandbox.js';

const SERVER = 'srv-symlink';

/**
 * Bob owns /home/bob and points public_html at joe's (which has no .htaccess yet). The publisher runs as
 * root: it must neither read joe's directory as if it were bob's nor write bob's .htaccess into it.
 */
describe('publishing into a tenant directory that is a symlink', () => {
  let t: TestApp;
  let sandbox: LocalSandbox;
  let admin: string;
  let db: Database;
  const url = `/api/v1/servers/${SERVER}/publications`;

  beforeAll(async () => {
    sandbox = localSandbox(SERVER);
    t = await startApp({ env: sandbox.env });
    db = t.app.get<Database>(DATABASE);
    await insertModel(db, sandbox.model);
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'sym-admin', 'admin'))}`;
  });
  afterAll(async () => {
    await t?.close();
    sandbox?.cleanup();
  });

  it('is a 409 problem naming the directory; nothing is stored, nothing lands in the link target', async () => {
    const bobDir = sandbox.at('/home/bob/public_html');
    renameSync(bobDir, `${bobDir}.real`);
    symlinkSync(sandbox.at('/home/joe/public_html'), bobDir);

    const res = await t.http().post(url).set('Authorization', admin).send({});
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toContain('/home/bob/public_html');
    expect(res.body.directory).toBe('/home/bob/public_html');
    expect(res.body.reason).toBe('symlink');
    expect(res.body.errors).toEqual([
      expect.objectContaining({ code: 'DIRECTORY_NOT_SAFE_ON_DISK', path: '/directories/dir-bob' }),
    ]);
    expect(await db.publication.count({ where: { serverId: SERVER } })).toBe(0);
    expect(await db.auditEvent.count({ where: { serverId: SERVER } })).toBe(0);
    expect(readdirSync(sandbox.at('/home/joe/public_html'))).toEqual([]);

    // A real directory again: the same publish goes through as revision 1 (the refused one gave its number back).
    rmSync(bobDir);
    renameSync(`${bobDir}.real`, bobDir);
    const ok = await t.http().post(url).set('Authorization', admin).send({});
    expect(ok.status).toBe(201);
    expect(ok.body.revision).toBe(1);
    expect(sandbox.read('/home/bob/public_html/.htaccess')).toContain('bob:');
    expect(sandbox.read('/home/joe/public_html/.htaccess')).toContain('joe:');
  });

  it('the drift report refuses to read through a symlinked directory too', async () => {
    const bobDir = sandbox.at('/home/bob/public_html');
    renameSync(bobDir, `${bobDir}.real`);
    mkdirSync(`${sandbox.root}/elsewhere`);
    symlinkSync(`${sandbox.root}/elsewhere`, bobDir);
    const res = await t.http().get(`/api/v1/servers/${SERVER}/drift`).set('Authorization', admin);
    expect(res.status).toBe(409);
    expect(res.body.directory).toBe('/home/bob/public_html');
    rmSync(bobDir);
    renameSync(`${bobDir}.real`, bobDir);
  });
});
