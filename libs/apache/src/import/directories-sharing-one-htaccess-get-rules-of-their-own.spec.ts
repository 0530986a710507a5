import { describe, expect, it } from '@jest/globals';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { specOfModel } from '../server-spec/spec-of-model.js';
import { importServer } from './import-server.js';

/**
 * The import's spec holds the rules the .htaccess scan read, uncopied; where one .htaccess applies to the <Directory>
 * of two vhosts, each directory of the spec still has lists and rules of its own, as a client editing one expects.
 */
describe('directories sharing one .htaccess', () => {
  const vhost = (name: string) => [
    '<VirtualHost *:80>',
    `  ServerName ${name}`,
    '  WSGIDaemonProcess bob:1 user=bob group=bob threads=5',
    '  <Directory /home/bob/app>',
    '    AllowOverride FileInfo',
    '  </Directory>',
    '</VirtualHost>',
  ];
  const htaccess = ['<Files a.wsgi>', '  SetEnv PROCESS_GROUP bob:1', '</Files>', ''].join('\n');

  it('get rules of their own in the spec', () => {
    const result = importServer(
      {
        files: [
          {
            path: '/etc/apache2/apache2.conf',
            content: [...vhost('a.example'), ...vhost('b.example')].join('\n'),
          },
          { path: '/home/bob/app/.htaccess', content: htaccess },
        ],
      },
      specOfModel(seedRestrictProcess()).server,
    );
    const [a, b] = result.spec.virtualHosts.map((v) => v.directories[0]!.htaccess);
    expect(a).toEqual([{ files: 'a.wsgi', processGroup: 'bob:1' }]);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(b![0]).not.toBe(a![0]);
  });
});
