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

  // One rule at a time, a tenant must learn nothing about groups he may not use: every way out answers the
  // same GROUP_NOT_ALLOWED, whether the group is joe's, another vhost's, a case variant or does not exist.
  const refused: [string, string][] = [
    ["joe's group", 'joe:1'],
    ["a case variant of joe's group", 'JOE:1'],
    ['a group of another virtual host', 'other:1'],
    ['a group that does not exist', 'bob:9'],
    ['a case variant that Apache’s restriction list would let through', 'BOB:2'],
    ['embedded mode via %{GLOBAL}', '%{GLOBAL}'],
    ['embedded mode via an empty value', ''],
  ];
  const evilRulePath = () => `/directories/${s.built.directoryIds.bob}/rules/2/processGroup`;

  it.each(refused)('selecting %s is a 422 that stores nothing and audits nothing', async (_what, group) => {
    const before = await s.bob.get(bobUrl()).expect(200);
    const events = await auditCount();
    const res = await s.bob
      .put(bobUrl())
      .send({ rules: [...DOC_RULES, { files: 'evil.wsgi', processGroup: group }] })
      .expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual([
      {
        code: 'GROUP_NOT_ALLOWED',
        severity: 'error',
        path: evilRulePath(),
        message: `'${group}' is not one of the groups this directory may use: bob:1, bob:2, bob:3`,
        apacheMessage: `Daemon process called '${group}' cannot be accessed by this WSGI application as not a member of allowed groups`,
      },
    ]);
    expect(res.body.warnings).toEqual([]);
    const after = await s.bob.get(bobUrl()).expect(200);
    expect(after.body).toEqual(before.body);
    expect(await auditCount()).toBe(events);
  });

  /** The refusal with the echoed input blanked out (and its per-request id): what it says about the server. */
  const withoutInput = (text: string, group: string): string => {
    const { requestId: _id, ...problem } = JSON.parse(text.split(group).join('<input>')) as Record<
      string,
      unknown
    >;
    return JSON.stringify(problem);
  };
  const evil = (group: string) => ({ rules: [...DOC_RULES, { files: 'evil.wsgi', processGroup: group }] });

  it('refusing joe’s existing group and a group that does not exist reads the same (no oracle)', async () => {
    const etag = (await s.bob.get(bobUrl()).expect(200)).headers['etag'] as string;
    const bodies: string[] = [];
    for (const [group, json] of [
      ['joe:1', true],
      ['zzz:1', true],
      ['other:1', true],
      ['joe:1', false],
      ['zzz:1', false],
    ] as const) {
      // Unconditional (group commit) and with the current ETag (locked path); JSON and the raw file.
      for (const ifMatch of [undefined, etag]) {
        const req = s.bob.put(bobUrl());
        if (ifMatch !== undefined) req.set('If-Match', ifMatch);
        const res = json
          ? await req.send(evil(group)).expect(422)
          : await req
              .set('Content-Type', 'text/plain')
              .send(`${DOC_FILE}\n<Files evil.wsgi>\nSetEnv PROCESS_GROUP ${group}\n</Files>\n`)
              .expect(422);
        bodies.push(withoutInput(res.text, group));
      }
    }
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).not.toMatch(/joe|other|restrict|visible|case|exist/i);
  });

  it('the same escape written as a raw file is refused just the same', async () => {
    const res = await s.bob
      .put(bobUrl())
      .set('Content-Type', 'text/plain')
      .send('<Files evil.wsgi>\nSetEnv PROCESS_GROUP joe:1\n</Files>\n')
      .expect(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        code: 'GROUP_NOT_ALLOWED',
        path: `/directories/${s.built.directoryIds.bob}/rules/0/processGroup`,
        message: "'joe:1' is not one of the groups this directory may use: bob:1, bob:2, bob:3",
      }),
    ]);
  });

  it('an admin writing the same rules still gets the engine’s precise diagnostics', async () => {
    const precise: [string, string][] = [
      ['joe:1', 'GROUP_NOT_IN_RESTRICT_LIST'],
      ['JOE:1', 'GROUP_NAME_CASE_MISMATCH'],
      ['other:1', 'GROUP_NOT_VISIBLE'],
      ['bob:9', 'UNKNOWN_GROUP'],
      ['%{GLOBAL}', 'EMBEDDED_MODE_NOT_ALLOWED'],
    ];
    for (const [group, code] of precise) {
      const res = await s.admin.put(bobUrl()).send(evil(group)).expect(422);
      const codes = (res.body.errors as { code: string; path: string }[])
        .filter((d) => d.path === evilRulePath())
        .map((d) => d.code);
      expect({ group, codes }).toEqual({ group, codes: expect.arrayContaining([code]) });
      expect(codes).not.toContain('GROUP_NOT_ALLOWED');
    }
    const text = await s.admin
      .put(bobUrl())
      .set('Content-Type', 'text/plain')
      .send('<Files evil.wsgi>\nSetEnv PROCESS_GROUP JOE:1\n</Files>\n')
      .expect(422);
    expect(text.body.errors[0].message).toContain('differs only by case from joe:1');
  });

  describe('directories whose configuration involves other tenants', () => {
    const dirUrl = (id: string) => `/directories/${id}/htaccess`;
    let unrestricted = '';
    let crossing = '';

    beforeAll(async () => {
      const directory = (name: string, restrictProcess?: string[]) =>
        s.admin.post<{ id: string }>(`/virtual-hosts/${s.built.siteVhostId}/directories`, {
          path: `/srv/hostplane-scenario/home/bob/${name}`,
          tenantId: s.built.tenantIds.bob,
          urlPath: `/bob-${name}`,
          allowOverride: ['FileInfo'],
          options: ['ExecCGI'],
          handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
          ...(restrictProcess === undefined ? {} : { restrictProcess }),
          env: { PROCESS_GROUP: 'bob:1' },
        });
      unrestricted = (await directory('free')).id;
      // The admin's choice to let bob use one of joe's groups: the lint warns it runs as joe.
      crossing = (await directory('shared', ['bob:1', 'joe:1'])).id;
    });

    it('without a restriction list, joe’s group is just not allowed (not "another tenant’s")', async () => {
      const mine = await s.bob.get(dirUrl(unrestricted)).expect(200);
      expect(mine.body.allowedProcessGroups).toEqual(['bob:1', 'bob:2', 'bob:3']);
      const res = await s.bob
        .put(dirUrl(unrestricted))
        .send({ rules: [{ files: 'x.wsgi', processGroup: 'joe:1' }] })
        .expect(422);
      expect(res.body.errors.map((d: { code: string }) => d.code)).toEqual(['GROUP_NOT_ALLOWED']);
      expect(res.text).not.toMatch(/tenant|UNRESTRICTED/);
      const admin = await s.admin
        .put(dirUrl(unrestricted))
        .send({ rules: [{ files: 'x.wsgi', processGroup: 'joe:1' }] })
        .expect(422);
      expect(admin.body.errors.map((d: { code: string }) => d.code)).toContain('GROUP_OF_ANOTHER_TENANT');
    });

    it('a refusal never carries warnings about other tenants’ unix users', async () => {
      const res = await s.bob
        .put(dirUrl(crossing))
        .send({ rules: [{ files: 'x.wsgi', processGroup: 'bob:9' }] })
        .expect(422);
      expect(res.body.warnings).toEqual([]);
      expect(res.text).not.toContain('runs as');
      const admin = await s.admin
        .put(dirUrl(crossing))
        .send({ rules: [{ files: 'x.wsgi', processGroup: 'bob:9' }] })
        .expect(422);
      expect(admin.body.warnings.map((d: { code: string }) => d.code)).toContain(
        'RESTRICT_LIST_CROSSES_TENANTS',
      );
    });
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
