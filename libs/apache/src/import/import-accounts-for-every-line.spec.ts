import { describe, expect, it } from '@jest/globals';
import { richSeed } from '../../test-fixtures/rich-seed.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import type { ServerModel } from '../model/server-model.js';
import { render } from '../render/index.js';
import { specOfModel } from '../server-spec/spec-of-model.js';
import { importServer } from './import-server.js';

const settings = specOfModel(seedRestrictProcess()).server;

/** Hostplane's own output as the web server holds it: the include file under configDir, the .htaccess files in place. */
function filesOf(model: ServerModel) {
  return render(model).map((f) => ({
    path: f.path.startsWith('/') ? f.path : `${model.configDir}/${f.path}`,
    content: f.content,
  }));
}

describe('importing Apache files', () => {
  it.each([
    ['the WSGIRestrictProcess seed', seedRestrictProcess],
    ['the seed with every optional field', richSeed],
  ])('gives back the spec Hostplane rendered from %s', (_name, seed) => {
    const model = seed();
    const result = importServer({ files: filesOf(model), knownTenants: model.tenants }, settings);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.unmanaged).toEqual([]);
    expect(result.spec).toEqual(specOfModel(model));
  });

  it('infers tenants from user= and from home directories, each with its evidence', () => {
    const model = seedRestrictProcess();
    const result = importServer({ files: filesOf(model) }, settings);
    expect(result.spec.tenants.map((t) => t.name)).toEqual(['bob', 'joe']);
    expect(result.inferred).toContainEqual({
      what: 'tenant bob (unix user bob, group bob)',
      why: expect.stringContaining('WSGIDaemonProcess bob:1 runs as user=bob'),
    });
  });

  it('gives a directory to the tenant whose group it runs in, and finds homes where the server keeps them', () => {
    const files = [
      {
        path: '/srv/apache/sites.conf',
        content: [
          '<VirtualHost *:80>',
          '  ServerName django.example',
          '  WSGIDaemonProcess django user=amy group=amy',
          '  WSGIProcessGroup django',
          '  <Directory /srv/django/mysite>',
          '    AddHandler wsgi-script .wsgi',
          '  </Directory>',
          '  <Directory /data/homes/bob/public_html>',
          '    AllowOverride FileInfo',
          '  </Directory>',
          '</VirtualHost>',
        ].join('\n'),
      },
    ];
    const result = importServer({ files, homes: '/data/homes/' }, settings);
    expect(result.unmanaged).toEqual([]);
    expect(result.spec.virtualHosts[0]!.directories.map((d) => [d.path, d.tenant])).toEqual([
      ['/data/homes/bob/public_html', 'bob'],
      ['/srv/django/mysite', 'amy'],
    ]);
  });

  it('gives a .htaccess to every adopted <Directory> of its folder, as Apache applies it in each vhost', () => {
    const vhost = (port: number) =>
      [
        `<VirtualHost *:${port}>`,
        '  ServerName blog.example',
        '  WSGIDaemonProcess bob-' + port + ' user=bob group=bob',
        '  <Directory /home/bob/public_html>',
        '    AllowOverride FileInfo',
        '  </Directory>',
        '</VirtualHost>',
      ].join('\n');
    const files = [
      { path: '/etc/apache2/apache2.conf', content: `${vhost(80)}\n${vhost(443)}\n` },
      {
        path: '/home/bob/public_html/.htaccess',
        content: '<Files a.wsgi>\n  SetEnv PROCESS_GROUP bob-80\n</Files>\n',
      },
    ];
    const result = importServer({ files }, settings);
    expect(result.spec.virtualHosts.map((v) => v.directories[0]!.htaccess)).toEqual([
      [{ files: 'a.wsgi', processGroup: 'bob-80' }],
      [{ files: 'a.wsgi', processGroup: 'bob-80' }],
    ]);
  });

  it('lists every line it does not adopt, with file, line and what becomes of it', () => {
    const files = [
      {
        path: '/etc/apache2/apache2.conf',
        content: [
          'ServerRoot /etc/apache2',
          'User www-data',
          'LogLevel warn',
          'IncludeOptional sites-enabled/*.conf',
        ].join('\n'),
      },
      {
        path: '/etc/apache2/sites-enabled/000-default.conf',
        content: '<VirtualHost *:80>\n  DocumentRoot /var/www/html\n</VirtualHost>\n',
      },
      {
        path: '/etc/apache2/sites-enabled/blog.conf',
        content: [
          '<VirtualHost *:80>',
          '  ServerName blog.example',
          '  CustomLog /var/log/blog.log combined',
          '  WSGIDaemonProcess bob:1 user=bob group=bob threads=5',
          '  <Directory /home/bob/public_html>',
          '    AllowOverride FileInfo',
          '    Require all granted',
          '  </Directory>',
          '</VirtualHost>',
        ].join('\n'),
      },
      { path: '/etc/apache2/sites-available/unused.conf', content: 'Listen 81\n' },
      {
        path: '/home/bob/public_html/.htaccess',
        content: '# mine\n<Files a.wsgi>\n  SetEnv PROCESS_GROUP bob:1\n</Files>\nRewriteEngine On\n',
      },
    ];
    const result = importServer({ files }, settings);
    const stays = "stays in the server's own configuration (Hostplane does not manage it)";
    const reasons = result.unmanaged.map((u) => `${u.file}:${u.line} ${u.reason.split(':')[0]}`);
    expect(reasons).toEqual([
      `/etc/apache2/apache2.conf:1 ${stays}`,
      `/etc/apache2/apache2.conf:3 ${stays}`,
      `/etc/apache2/apache2.conf:4 ${stays}`,
      `/etc/apache2/sites-available/unused.conf:1 ${stays}`,
      `/etc/apache2/sites-enabled/000-default.conf:1 ${stays}`,
      `/etc/apache2/sites-enabled/000-default.conf:2 ${stays}`,
      `/etc/apache2/sites-enabled/000-default.conf:3 ${stays}`,
      '/etc/apache2/sites-enabled/blog.conf:3 would be lost',
      '/etc/apache2/sites-enabled/blog.conf:7 would be lost',
      '/home/bob/public_html/.htaccess:5 would be lost',
    ]);
    expect(result.spec.virtualHosts.map((v) => v.serverName)).toEqual(['blog.example']);
    expect(result.spec.virtualHosts[0]!.directories[0]!.htaccess).toEqual([
      { files: 'a.wsgi', processGroup: 'bob:1' },
    ]);
  });

  it('names the file and line of what Apache itself would refuse', () => {
    const result = importServer(
      { files: [{ path: '/etc/apache2/apache2.conf', content: 'Include nope.conf\n<VirtualHost *:80>\n' }] },
      settings,
    );
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'CONFIG_FILE_MISSING',
        '/etc/apache2/apache2.conf:1: Could not open configuration file /etc/apache2/nope.conf',
      ],
      ['CONFIG_SECTION_UNCLOSED', '/etc/apache2/apache2.conf:2: <VirtualHost> was not closed.'],
    ]);
  });
});
