/**
 * Issue 10: "a mount change needs a graceful reload: the publication says so". Apache reads WSGIScriptAlias
 * only when it starts or reloads, so a mount change is a `reload` publication, and the dry run, the publish
 * answer and the publication resource say why in words (`reloadReason`); a .htaccess-only change says why it
 * needs none.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { localSandbox, type LocalSandbox } from './support/local-sandbox.js';

const SERVER = 'srv-mount-reload';
const MOUNT_REASON =
  'A graceful reload is needed: a WSGI mount changed (WSGIScriptAlias /~bob/blog), and Apache rereads WSGIScriptAlias only on a graceful reload.';

describe('a WSGI mount change says it needs a graceful reload', () => {
  let t: TestApp;
  let sandbox: LocalSandbox;
  let admin: string;
  let bob: string;
  const url = `/api/v1/servers/${SERVER}/publications`;
  const publish = () => t.http().post(url).set('Authorization', admin).send({});
  const dryRun = () => t.http().post(`${url}?dryRun=true`).set('Authorization', admin).send({});
  const get = (id: string) => t.http().get(`/api/v1/publications/${id}`).set('Authorization', admin);

  beforeAll(async () => {
    sandbox = localSandbox(SERVER);
    t = await startApp({ env: sandbox.env });
    await insertModel(t.app.get<Database>(DATABASE), sandbox.model);
    admin = `Bearer ${await logInAs(t, await seedUser(t.app, 'mount-admin', 'admin'))}`;
    bob = `Bearer ${await logInAs(t, await seedUser(t.app, 'mount-bob', 'tenant', { tenantId: 'tn-bob' }))}`;
  });
  afterAll(async () => {
    await t?.close();
    sandbox?.cleanup();
  });

  it('the first revision needs a reload because the include file is new', async () => {
    const res = await publish();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ revision: 1, kind: 'reload' });
    expect(res.body.reloadReason).toMatch(
      /^A graceful reload is needed: httpd\/hostplane\.conf is new, and Apache reads it only when it starts or reloads\.$/,
    );
  });

  let mountId = '';
  it('bob mounts his app: the dry run says a reload is needed, and why', async () => {
    const created = await t
      .http()
      .post('/api/v1/virtual-hosts/vh-site/wsgi-mounts')
      .set('Authorization', bob)
      .send({ urlPath: '/~bob/blog', script: '/home/bob/public_html/blog/wsgi.py', processGroup: 'bob:2' });
    expect(created.status).toBe(201);
    mountId = created.body.id as string;
    const dry = await dryRun();
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ kind: 'reload', reloadReason: MOUNT_REASON });
  });

  it('the publish answer and the publication resource say the same', async () => {
    const res = await publish();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      revision: 2,
      status: 'live',
      kind: 'reload',
      reloadReason: MOUNT_REASON,
    });
    // No reload command in this sandbox: the message does not claim that none was needed.
    expect(res.body.message).toBe(
      'Revision 2 is live (not reloaded here: it needs a graceful reload, see reloadReason).',
    );
    const full = await get(res.body.id as string).expect(200);
    expect(full.body.reloadReason).toBe(MOUNT_REASON);
  });

  it('changing the mount’s group and another directive names both', async () => {
    await t
      .http()
      .patch(`/api/v1/wsgi-mounts/${mountId}`)
      .set('Authorization', bob)
      .send({ processGroup: 'bob:3' })
      .expect(200);
    await t
      .http()
      .patch('/api/v1/daemon-groups/dg-bob-3')
      .set('Authorization', admin)
      .send({ threads: 5 })
      .expect(200);
    const res = await publish();
    expect(res.body.kind).toBe('reload');
    expect(res.body.reloadReason).toBe(
      'A graceful reload is needed: a WSGI mount changed (WSGIScriptAlias /~bob/blog), and Apache rereads WSGIScriptAlias only on a graceful reload; ' +
        'httpd/hostplane.conf changed (WSGIDaemonProcess), and Apache reads it only when it starts or reloads.',
    );
  });

  it('a .htaccess-only change says why no reload is needed; an unchanged publish says nothing', async () => {
    await t
      .http()
      .put('/api/v1/directories/dir-bob/htaccess')
      .set('Authorization', bob)
      .send({ rules: [{ files: 'blog.wsgi', processGroup: 'bob:3' }] })
      .expect(200);
    const res = await publish();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'no-reload',
      reloaded: false,
      reloadReason:
        'No reload is needed: only .htaccess files changed, and Apache reads them on every request.',
    });
    expect((await get(res.body.id as string)).body.reloadReason).toBe(res.body.reloadReason);
    const again = await publish();
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ noop: true, reloadReason: null });
    expect((await dryRun()).body).toMatchObject({ kind: 'none', reloadReason: null });
  });
});
