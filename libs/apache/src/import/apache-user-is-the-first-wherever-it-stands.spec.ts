import { describe, expect, it } from '@jest/globals';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { specOfModel } from '../server-spec/spec-of-model.js';
import { importServer } from './import-server.js';

/**
 * The import adopts each <VirtualHost> as the reader hands it over, assuming Apache runs as the current apacheUser until
 * a `User` line says otherwise. A `User` after the vhosts must still decide whose groups are a tenant's, as when the
 * first `User` is looked up before anything is adopted: the answer is the same wherever that line stands.
 */
describe("Apache's user is the configuration's first User, wherever it stands", () => {
  const settings = { ...specOfModel(seedRestrictProcess()).server, apacheUser: 'www-data' };
  const vhost = [
    '<VirtualHost *:80>',
    '  ServerName blog.example',
    '  WSGIDaemonProcess site user=apache group=apache threads=5',
    '  WSGIDaemonProcess bob:1 user=bob group=bob threads=5',
    '  <Directory /home/bob/public_html>',
    '    AllowOverride FileInfo',
    '  </Directory>',
    '</VirtualHost>',
  ];
  const importWith = (lines: string[]) =>
    importServer({ files: [{ path: '/etc/apache2/apache2.conf', content: lines.join('\n') }] }, settings);

  it.each([
    ['another user, after the vhost', 'apache'],
    ['the current user, after the vhost', 'www-data'],
  ])('%s: the same answer as with the line first', (_, user) => {
    // Same line numbers either way: the User line and a comment swap places.
    const first = importWith([`User ${user}`, ...vhost, '# end']);
    const last = importWith(['# start', ...vhost, `User ${user}`]);
    expect(last).toEqual(first);
    const site = last.spec.daemonGroups.find((g) => g.name === 'site');
    // A group running as Apache's own user belongs to no tenant.
    expect(site?.tenant).toBe(user === 'apache' ? null : 'apache');
  });

  it('a later User does not change it', () => {
    const once = importWith(['User apache', ...vhost, '# end']);
    const twice = importWith(['User apache', ...vhost, 'User www-data']);
    expect(twice.spec.daemonGroups).toEqual(once.spec.daemonGroups);
    expect(twice.spec.server.apacheUser).toBe('www-data');
  });
});
