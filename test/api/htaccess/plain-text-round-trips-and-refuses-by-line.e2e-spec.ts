import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseHtaccess } from '#apache';
import { startApp, type TestApp } from '#test-support/app/start-app.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedTwoTenantServer, type TwoTenantServer } from '#test-support/data/two-tenant-server.js';

const SEED_FILE = [
  '<Files blog.wsgi>',
  'SetEnv PROCESS_GROUP bob:2',
  '</Files>',
  '',
  '<Files wiki.wsgi>',
  'SetEnv PROCESS_GROUP bob:3',
  '</Files>',
  '',
].join('\n');

describe('the .htaccess as text/plain', () => {
  let t: TestApp;
  let bobToken: string;
  let server: TwoTenantServer;
  const url = () => `/api/v1/directories/${server.bobDirectoryId}/htaccess`;
  const auth = () => `Bearer ${bobToken}`;
  const putText = (text: string) =>
    t.http().put(url()).set('Authorization', auth()).set('Content-Type', 'text/plain').send(text);

  beforeAll(async () => {
    t = await startApp();
    const bob = await seedUser(t.app, 'bob', 'tenant');
    const joe = await seedUser(t.app, 'joe', 'tenant');
    server = await seedTwoTenantServer(t.app, bob, joe);
    bobToken = await logInAs(t, bob);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the documentation example is stored as two rules and served back as an equivalent file', async () => {
    const stored = await putText(SEED_FILE).expect(200);
    expect(stored.body.rules).toEqual([
      { files: 'blog.wsgi', processGroup: 'bob:2' },
      { files: 'wiki.wsgi', processGroup: 'bob:3' },
    ]);
    const text = await t
      .http()
      .get(url())
      .set('Authorization', auth())
      .set('Accept', 'text/plain')
      .expect(200);
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    // Two representations, two strong tags (the security review's finding): the text file's names the same revision.
    expect(text.headers.etag).toBe(String(stored.body.etag).replace(/"$/, '-text"'));
    const reparsed = parseHtaccess(text.text, { allowOverride: ['FileInfo'] });
    expect(reparsed.diagnostics).toEqual([]);
    expect(reparsed.rules).toEqual([
      { files: 'blog.wsgi', variable: 'PROCESS_GROUP', processGroup: 'bob:2' },
      { files: 'wiki.wsgi', variable: 'PROCESS_GROUP', processGroup: 'bob:3' },
    ]);
    // Writing the served file back changes nothing but the revision.
    const again = await putText(text.text).expect(200);
    expect(again.body.rules).toEqual(stored.body.rules);
    expect(again.body.etag).not.toBe(stored.body.etag);
  });

  it('JSON stays the default representation when Accept does not prefer text', async () => {
    const res = await t.http().get(url()).set('Authorization', auth()).set('Accept', '*/*').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it('directives Hostplane does not model are refused with their line numbers, never dropped', async () => {
    const before = (await t.http().get(url()).set('Authorization', auth())).body;
    const text = [
      '<Files blog.wsgi>',
      'SetEnv PROCESS_GROUP bob:2',
      '</Files>',
      'RewriteEngine On',
      'Options +Indexes',
    ];
    const res = await putText(text.join('\n')).expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors.map((d: { code: string; path: string }) => [d.code, d.path])).toEqual([
      ['HTACCESS_UNSUPPORTED_DIRECTIVE', '/htaccess/lines/4'],
      ['HTACCESS_UNSUPPORTED_DIRECTIVE', '/htaccess/lines/5'],
    ]);
    expect(res.body.errors[0].message).toContain('line 4');
    expect((await t.http().get(url()).set('Authorization', auth())).body).toEqual(before);
  });

  it('a file that names a group outside the restriction list is refused by the engine (422, nothing stored)', async () => {
    const before = (await t.http().get(url()).set('Authorization', auth())).body;
    const res = await putText('<Files blog.wsgi>\nSetEnv PROCESS_GROUP joe:1\n</Files>\n').expect(422);
    expect(res.body.errors.map((d: { code: string }) => d.code)).toContain('GROUP_NOT_ALLOWED');
    expect((await t.http().get(url()).set('Authorization', auth())).body).toEqual(before);
  });

  it('a content type that is neither JSON nor text is refused', async () => {
    await t
      .http()
      .put(url())
      .set('Authorization', auth())
      .set('Content-Type', 'application/xml')
      .send('<rules/>')
      .expect(415);
  });
});
