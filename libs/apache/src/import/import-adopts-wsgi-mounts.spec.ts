import { describe, expect, it } from '@jest/globals';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { render } from '../render/index.js';
import { specOfModel } from '../server-spec/spec-of-model.js';
import { importServer } from './import-server.js';

const settings = specOfModel(seedRestrictProcess()).server;

const site = [
  '<VirtualHost *:80>',
  '  ServerName django.example',
  '  WSGIDaemonProcess amy-django user=amy group=amy threads=4',
  '  WSGIDaemonProcess tools threads=2',
  '  WSGIProcessGroup amy-django',
  '  WSGIScriptAlias /shop /data/homes/amy/django/mysite/wsgi.py process-group=amy-django application-group=%{GLOBAL}',
  '  WSGIScriptAliasMatch ^/api/(v[0-9]+) /data/homes/amy/django/mysite/api.wsgi process-group=amy-django pass-authorization=On',
  '  WSGIScriptAlias /blog /data/homes/amy/django/mysite/blog.wsgi callable-object=app',
  '  WSGIScriptAlias /tools /srv/tools/tools.wsgi process-group=tools',
  '  WSGIScriptAlias /odd /srv/tools/odd.wsgi stack-size=1',
  '  <Directory /data/homes/amy/django/mysite>',
  '    <Files wsgi.py>',
  '      Require all granted',
  '    </Files>',
  '  </Directory>',
  '</VirtualHost>',
].join('\n');

describe('an import adopts the WSGIScriptAlias mounts of an adopted vhost', () => {
  const result = importServer(
    { files: [{ path: '/etc/apache2/sites-enabled/django.conf', content: site }], homes: '/data/homes' },
    settings,
  );

  it('as mounts with their options, owned by the tenant of the directory their script lies in', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.spec.virtualHosts[0]!.wsgiMounts).toEqual([
      { urlPath: '/tools', script: '/srv/tools/tools.wsgi', processGroup: 'tools' },
      {
        urlPath: '/blog',
        script: '/data/homes/amy/django/mysite/blog.wsgi',
        tenant: 'amy',
        processGroup: 'amy-django',
        callableObject: 'app',
      },
      {
        urlPath: '/shop',
        script: '/data/homes/amy/django/mysite/wsgi.py',
        tenant: 'amy',
        processGroup: 'amy-django',
        applicationGroup: '%{GLOBAL}',
      },
      {
        urlPattern: '^/api/(v[0-9]+)',
        script: '/data/homes/amy/django/mysite/api.wsgi',
        tenant: 'amy',
        processGroup: 'amy-django',
        passAuthorization: true,
      },
    ]);
  });

  it('says why: the owner from the directory, the group of a mount without process-group= from WSGIProcessGroup', () => {
    expect(result.inferred).toEqual(
      expect.arrayContaining([
        {
          what: 'the mount /shop of django.example belongs to tenant amy',
          why: expect.stringContaining('lies in <Directory /data/homes/amy/django/mysite>'),
        },
        {
          what: 'the mount /blog of django.example runs in amy-django',
          why: expect.stringContaining('has no process-group='),
        },
      ]),
    );
  });

  it('lists a mount with an option Hostplane does not model, and the lines inside the directory, as lost', () => {
    expect(result.unmanaged.map((u) => [u.line, u.reason])).toEqual([
      [10, expect.stringContaining('stack-size=1: an option Hostplane does not model')],
      [12, expect.stringContaining('would be lost')],
      [13, expect.stringContaining('would be lost')],
      [14, expect.stringContaining('would be lost')],
    ]);
  });

  it('gives the tenants it infers their home under `homes`', () => {
    expect(result.spec.tenants).toEqual([
      { name: 'amy', unixUser: 'amy', unixGroup: 'amy', homeDirectory: '/data/homes/amy' },
    ]);
  });
});

describe('an import adopts the process-group map of WSGIProcessGroup.rst', () => {
  const model = seedProcessGroupMap();
  // Its global group runs as `wsgi`, which an import would take for a tenant's user: not what this test is about.
  model.daemonGroups[0] = { ...model.daemonGroups[0]!, user: null, group: null };
  const files = render(model).map((f) => ({
    path: f.path.startsWith('httpd/') ? `${model.configDir}/${f.path.slice('httpd/'.length)}` : f.path,
    content: f.content,
  }));
  const main = `${model.configDir}/hostplane.conf`;
  const server = specOfModel(model).server;

  it('from the RewriteMap Hostplane renders and its txt file', () => {
    const result = importServer({ files, main, knownTenants: model.tenants }, server);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.unmanaged).toEqual([]);
    expect(result.spec).toEqual(specOfModel(model));
  });

  it('lists the rewrite lines as lost when the map file is missing or a condition guards the rule', () => {
    const withoutFile = importServer(
      { files: files.filter((f) => !f.path.endsWith('.map')), main, knownTenants: model.tenants },
      server,
    );
    expect(withoutFile.spec.virtualHosts[0]!.processGroupMap).toBeNull();
    expect(withoutFile.unmanaged.map((u) => u.text.split(' ')[0])).toEqual([
      'RewriteEngine',
      'RewriteMap',
      'RewriteRule',
    ]);
    const guarded = files.map((f) =>
      f.path === main
        ? { ...f, content: f.content.replace('RewriteRule', 'RewriteCond %{HTTPS} on\n  RewriteRule') }
        : f,
    );
    const result = importServer({ files: guarded, main, knownTenants: model.tenants }, server);
    expect(result.spec.virtualHosts[0]!.processGroupMap).toBeNull();
    expect(result.unmanaged.every((u) => u.reason.startsWith('would be lost') || u.file !== main)).toBe(true);
    expect(result.unmanaged.filter((u) => u.file === main)).toHaveLength(4);
  });
});
