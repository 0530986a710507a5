import { describe, expect, it } from '@jest/globals';
import { reloadReason } from './reload-reason.js';

const INCLUDE = 'httpd/hostplane.conf';
const HTACCESS = '/home/bob/public_html/.htaccess';
const MAP = 'httpd/maps/site.map';

const vhost = (...lines: string[]) =>
  [
    '<VirtualHost *:80>',
    '    ServerName www.site.com',
    ...lines.map((l) => `    ${l}`),
    '</VirtualHost>',
    '',
  ].join('\n');
const include = (content: string) => ({ path: INCLUDE, content });

describe('reloadReason: the reload decision in words', () => {
  it('says nothing when nothing changed', () => {
    expect(reloadReason([], [], [])).toBeNull();
  });

  it('.htaccess and RewriteMap changes need no reload, and say why', () => {
    expect(reloadReason([HTACCESS], [], [])).toBe(
      'No reload is needed: only .htaccess files changed, and Apache reads them on every request.',
    );
    expect(reloadReason([MAP], [], [])).toBe(
      'No reload is needed: only RewriteMap files changed, and mod_rewrite re-reads a map file when it changes.',
    );
    expect(reloadReason([HTACCESS, MAP], [], [])).toMatch(
      /^No reload is needed: only \.htaccess files .* RewriteMap/,
    );
  });

  it('names the mounts that changed, a few of them', () => {
    const before = vhost('WSGIDaemonProcess bob:1 user=bob group=bob');
    const mounts = ['/a', '/b', '/c', '/d', '/e'].map((u) => `WSGIScriptAlias ${u} /home/bob/app/wsgi.py`);
    const after = vhost('WSGIDaemonProcess bob:1 user=bob group=bob', ...mounts);
    expect(reloadReason([INCLUDE, HTACCESS], [include(before)], [include(after)])).toBe(
      'A graceful reload is needed: 5 WSGI mounts changed (WSGIScriptAlias /a, /b, /c and 2 more), and Apache rereads WSGIScriptAlias only on a graceful reload.',
    );
  });

  it('a WSGIScriptAliasMatch pattern counts as a mount; other directives are named by the file', () => {
    const before = vhost('WSGIDaemonProcess bob:1 threads=2', 'SetEnv PROCESS_GROUP bob:1');
    const after = vhost('WSGIDaemonProcess bob:1 threads=5', 'WSGIScriptAliasMatch ^/api/(.*) /srv/api.wsgi');
    expect(reloadReason([INCLUDE], [include(before)], [include(after)])).toBe(
      'A graceful reload is needed: a WSGI mount changed (WSGIScriptAlias ^/api/(.*)), and Apache rereads WSGIScriptAlias only on a graceful reload; ' +
        'httpd/hostplane.conf changed (WSGIDaemonProcess, SetEnv), and Apache reads it only when it starts or reloads.',
    );
  });

  it('a new vhost is named by its container; reordered lines still need the reload', () => {
    const one = vhost('WSGIScriptAlias /b /x.wsgi', 'WSGIScriptAlias /a /y.wsgi');
    const swapped = vhost('WSGIScriptAlias /a /y.wsgi', 'WSGIScriptAlias /b /x.wsgi');
    expect(reloadReason([INCLUDE], [include(one)], [include(swapped)])).toBe(
      'A graceful reload is needed: httpd/hostplane.conf changed (the order of its lines, or comments and blank lines only), and Apache reads it only when it starts or reloads.',
    );
    const two = `${one}<VirtualHost *:80>\n    ServerName other.com\n</VirtualHost>\n`;
    expect(reloadReason([INCLUDE], [include(one)], [include(two)])).toContain(
      'httpd/hostplane.conf changed (<VirtualHost>, ServerName)',
    );
  });

  it('a first revision: the include is new', () => {
    expect(reloadReason([INCLUDE, HTACCESS], [], [include(vhost())])).toBe(
      'A graceful reload is needed: httpd/hostplane.conf is new, and Apache reads it only when it starts or reloads.',
    );
  });
});
