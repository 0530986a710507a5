import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startScenario, type ScenarioApp } from '../seed-scenario/scenario-app.js';

interface Report {
  spec: {
    tenants: { name: string }[];
    virtualHosts: { serverName: string }[];
    daemonGroups: { name: string }[];
  };
  unmanaged: { file: string; line: number; reason: string }[];
  inferred: { what: string; why: string }[];
}

const DEBIAN_FILES = [
  {
    path: '/etc/apache2/apache2.conf',
    content:
      'User ${APACHE_RUN_USER}\nIncludeOptional mods-enabled/*.load\nIncludeOptional sites-enabled/*.conf\n',
  },
  { path: '/etc/apache2/envvars', content: 'export APACHE_RUN_USER=www-data\n' },
  {
    path: '/etc/apache2/mods-enabled/wsgi.load',
    content: 'LoadModule wsgi_module /usr/lib/apache2/modules/mod_wsgi.so\n',
  },
  {
    path: '/etc/apache2/sites-enabled/blog.conf',
    content: [
      '<VirtualHost *:80>',
      '    ServerName blog.example',
      '    ErrorLog ${APACHE_LOG_DIR}/blog-error.log',
      '    <IfModule mod_wsgi.c>',
      '        WSGIDaemonProcess carol:1 user=carol group=carol threads=5 \\',
      '            python-home=/home/carol/venv',
      '    </IfModule>',
      '    SetEnv PROCESS_GROUP carol:1',
      '    WSGIProcessGroup %{ENV:PROCESS_GROUP}',
      '    Alias /carol /home/carol/public_html',
      '    <Directory /home/carol/public_html>',
      '        Options ExecCGI',
      '        AllowOverride FileInfo',
      '        AddHandler wsgi-script .wsgi',
      '        WSGIRestrictProcess carol:1',
      '    </Directory>',
      '</VirtualHost>',
    ].join('\n'),
  },
  {
    path: '/home/carol/public_html/.htaccess',
    content: '<Files app.wsgi>\n    SetEnv PROCESS_GROUP carol:1\n</Files>\nOptions +Indexes\n',
  },
];

describe('importing an existing server', () => {
  let s: ScenarioApp;

  beforeAll(async () => {
    s = await startScenario({ root: mkdtempSync(join(tmpdir(), 'hostplane-import-')), port: 8080 });
  }, 120_000);

  afterAll(async () => {
    await s?.t.close();
  });

  const importFiles = (body: object) =>
    s.admin.request('post', `/servers/${s.built.serverId}/imports`).send(body);

  it('answers the spec, every unmanaged line with its fate, and the inferred tenants; stores nothing', async () => {
    const before = (await s.admin.get(`/servers/${s.built.serverId}/spec`)).text;
    const res = await importFiles({ files: DEBIAN_FILES, env: { APACHE_LOG_DIR: '/var/log/apache2' } });
    expect(res.status).toBe(200);
    const report = res.body as Report;
    expect(report.spec.virtualHosts.map((v) => v.serverName)).toEqual(['blog.example']);
    expect(report.spec.daemonGroups.map((g) => g.name)).toEqual(['carol:1']);
    expect(report.spec.tenants.map((t) => t.name)).toEqual(['carol']);
    expect(report.inferred[0]?.why).toContain('WSGIDaemonProcess carol:1 runs as user=carol');
    expect(report.unmanaged.map((u) => `${u.file}:${u.line}`)).toEqual(
      expect.arrayContaining([
        '/etc/apache2/sites-enabled/blog.conf:3',
        '/home/carol/public_html/.htaccess:4',
      ]),
    );
    expect((await s.admin.get(`/servers/${s.built.serverId}/spec`)).text).toBe(before);
  });

  it('adopts the WSGIScriptAlias mounts of a site whose users live under `homes`', async () => {
    const res = await importFiles({
      homes: '/srv/users',
      files: [
        {
          path: '/etc/apache2/apache2.conf',
          content: [
            '<VirtualHost *:80>',
            '  ServerName shop.example',
            '  WSGIDaemonProcess dan-shop user=dan group=dan threads=4',
            '  WSGIScriptAlias /shop /srv/users/dan/shop/wsgi.py process-group=dan-shop',
            '  <Directory /srv/users/dan/shop>',
            '    Require all granted',
            '  </Directory>',
            '</VirtualHost>',
          ].join('\n'),
        },
      ],
    });
    expect(res.status).toBe(200);
    const report = res.body as Report & {
      spec: { tenants: { homeDirectory: string | null }[]; virtualHosts: { wsgiMounts: unknown[] }[] };
    };
    expect(report.spec.tenants).toEqual([
      { name: 'dan', unixUser: 'dan', unixGroup: 'dan', homeDirectory: '/srv/users/dan' },
    ]);
    expect(report.spec.virtualHosts[0]!.wsgiMounts).toEqual([
      { urlPath: '/shop', script: '/srv/users/dan/shop/wsgi.py', tenant: 'dan', processGroup: 'dan-shop' },
    ]);
    expect(report.unmanaged.map((u) => u.line)).toEqual([6]);
  });

  it('refuses files Apache could not read, naming file and line', async () => {
    const res = await importFiles({
      files: [{ path: '/etc/apache2/apache2.conf', content: 'ServerName x\nInclude missing/one.conf\n' }],
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain('/etc/apache2/apache2.conf:2');
  });

  it('refuses binary junk and a 50 MB body with a 4xx, never a 500', async () => {
    const junk = await importFiles({
      files: [
        { path: '/etc/apache2/apache2.conf', content: 'Include junk.conf\n' },
        { path: '/etc/apache2/junk.conf', content: '\u0001\u0002ELF' },
      ],
    });
    expect(junk.status).toBeGreaterThanOrEqual(400);
    expect(junk.status).toBeLessThan(500);
    const huge = await importFiles({
      files: [{ path: '/etc/apache2/apache2.conf', content: 'x'.repeat(50 * 1024 * 1024) }],
    });
    expect(huge.status).toBe(413);
  });
});
