/**
 * WSGIRestrictProcess.rst through the HTTP API only: the admin builds the documented server, bob maps
 * blog.wsgi → bob:2 and wiki.wsgi → bob:3 (as JSON, then as the raw file), every way out of his
 * restriction list is refused with 422 and leaves no trace, and joe cannot even see bob's directory.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startScenario, type ScenarioApp } from './scenario-app.js';

const DOC_RULES = [
  { files: 'blog.wsgi', processGroup: 'bob:2' },
  { files: 'wiki.wsgi', processGroup: 'bob:3' },
];
const DOC_FILE =
  '<Files blog.wsgi>\nSetEnv PROCESS_GROUP bob:2\n</Files>\n\n<Files wiki.wsgi>\nSetEnv PROCESS_GROUP bob:3\n</Files>\n';

describe('WSGIRestrictProcess.rst: bob’s self-service through the API', () => {
  let s: ScenarioApp;
  const bobUrl = () => `/directories/${s.built.directoryIds.bob}/htaccess`;
  const auditCount = async () => {
    const res = await s.admin
      .get(`/audit-events?targetType=directory&targetId=${s.built.directoryIds.bob}&limit=200`)
      .expect(200);
    return (res.body as { items: unknown[] }).items.length;
  };

  beforeAll(async () => {
    s = await startScenario({ root: '/srv/hostplane-scenario', port: 80 });
  });
  afterAll(async () => {
    await s?.t.close();
  });

  it('bob sees an empty .htaccess and exactly his three groups to choose from', async () => {
    const res = await s.bob.get(bobUrl()).expect(200);
    expect(res.body).toMatchObject({ rules: [], allowedProcessGroups: ['bob:1', 'bob:2', 'bob:3'] });
  });

  it('bob maps blog.wsgi → bob:2 and wiki.wsgi → bob:3 as JSON; the write is audited', async () => {
    const before = await auditCount();
    const res = await s.bob.put(bobUrl()).send({ rules: DOC_RULES }).expect(200);
    expect(res.body.rules).toEqual(DOC_RULES);
    expect(await auditCount()).toBe(before + 1);
    const events = await s.admin
      .get(`/audit-events?targetId=${s.built.directoryIds.bob}&limit=1`)
      .expect(200);
    expect(events.body.items[0]).toMatchObject({
      action: 'htaccess.replace',
      targetType: 'directory',
      after: { rules: DOC_RULES },
    });
  });

  it('the same rules as the documentation’s raw file give the same document', async () => {
    const res = await s.bob.put(bobUrl()).set('Content-Type', 'text/plain').send(DOC_FILE).expect(200);
    expect(res.body.rules).toEqual(DOC_RULES);
    const text = await s.bob.get(bobUrl()).set('Accept', 'text/plain').expect(200);
    expect(text.text).toContain('<Files blog.wsgi>');
    expect(text.text).toContain('SetEnv PROCESS_GROUP bob:3');
  });

  const refused: [string, string, string][] = [
    ["joe's group", 'joe:1', 'GROUP_NOT_IN_RESTRICT_LIST'],
    ['a group of another virtual host', 'other:1', 'GROUP_NOT_VISIBLE'],
    ['a group that does not exist', 'bob:9', 'UNKNOWN_GROUP'],
    ['a case variant that Apache’s restriction list would let through', 'BOB:2', 'GROUP_NAME_CASE_MISMATCH'],
    ['embedded mode via %{GLOBAL}', '%{GLOBAL}', 'EMBEDDED_MODE_NOT_ALLOWED'],
    ['embedded mode via an empty value', '', 'EMBEDDED_MODE_NOT_ALLOWED'],
  ];

  it.each(refused)(
    'selecting %s is a 422 that stores nothing and audits nothing',
    async (_what, group, code) => {
      const before = await s.bob.get(bobUrl()).expect(200);
      const events = await auditCount();
      const res = await s.bob
        .put(bobUrl())
        .send({ rules: [...DOC_RULES, { files: 'evil.wsgi', processGroup: group }] })
        .expect(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            code,
            severity: 'error',
            path: `/directories/${s.built.directoryIds.bob}/rules/2/processGroup`,
          }),
        ]),
      );
      const after = await s.bob.get(bobUrl()).expect(200);
      expect(after.body).toEqual(before.body);
      expect(await auditCount()).toBe(events);
    },
  );

  it('the same escape written as a raw file is refused just the same', async () => {
    const res = await s.bob
      .put(bobUrl())
      .set('Content-Type', 'text/plain')
      .send('<Files evil.wsgi>\nSetEnv PROCESS_GROUP joe:1\n</Files>\n')
      .expect(422);
    expect(res.body.errors.map((d: { code: string }) => d.code)).toContain('GROUP_NOT_IN_RESTRICT_LIST');
  });

  it('joe can neither read nor write bob’s .htaccess: 404 with nothing of bob’s in it', async () => {
    const read = await s.joe.get(bobUrl()).expect(404);
    const write = await s.joe.put(bobUrl()).send({ rules: [] }).expect(404);
    for (const res of [read, write]) {
      expect(res.text).not.toContain('bob:');
      expect(res.text).not.toContain('public_html');
    }
    expect((await s.bob.get(bobUrl()).expect(200)).body.rules).toEqual(DOC_RULES);
  });

  it('bob may resolve his own URLs, and the prediction follows his .htaccess', async () => {
    const query = (path: string) => `/servers/${s.built.serverId}/resolve?host=www.site.com&path=${path}`;
    const blog = await s.bob.get(query('/bob/blog.wsgi')).expect(200);
    expect(blog.body).toMatchObject({
      status: 200,
      processGroup: 'bob:2',
      runsAs: { user: 'bob', group: 'bob' },
    });
    expect((await s.bob.get(query('/bob/other.wsgi')).expect(200)).body.processGroup).toBe('bob:1');
    await s.bob.get(query('/joe/blog.wsgi')).expect(404);
    await s.joe.get(query('/bob/blog.wsgi')).expect(404);
  });
});
