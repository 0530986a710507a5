import { describe, expect, it } from '@jest/globals';
import { ConfigFileSet } from './config-file-set.js';
import type { ConfigDirective } from './config-directive.js';
import { readConfigFiles } from './read-config-files.js';

/** The reader's streaming form (the import's) hands over exactly the top-level directives it would return. */
describe('top-level directives handed over as they are read', () => {
  const files = new ConfigFileSet(
    Object.entries({
      '/etc/apache2/apache2.conf': [
        'User www-data',
        'LoadModule wsgi_module /usr/lib/apache2/modules/mod_wsgi.so',
        '<IfModule mod_wsgi.c>',
        '  WSGISocketPrefix /run/wsgi',
        '  <VirtualHost *:80>',
        '    ServerName a',
        '  </VirtualHost>',
        '</IfModule>',
        '<IfModule mod_nope.c>',
        '  Listen 81',
        '</IfModule>',
        'IncludeOptional sites-enabled/*.conf',
        '<Directory /srv>',
        '  <Files x>',
        '    Require all denied',
        '  </Files>',
        '</Directory>',
        '<Unclosed x>',
        '  Listen 82',
      ].join('\n'),
      '/etc/apache2/sites-enabled/b.conf': '<VirtualHost *:80>\n  ServerName b\n</VirtualHost>\nListen 83\n',
    }),
  );
  const options = { main: '/etc/apache2/apache2.conf' };

  it('in the same order, with the same structure, lines and diagnostics; none kept', () => {
    const whole = readConfigFiles(files, options);
    const handed: ConfigDirective[] = [];
    const streamed = readConfigFiles(files, options, (d) => handed.push(d));
    expect(whole.directives.length).toBeGreaterThan(4);
    expect(handed).toEqual(whole.directives);
    expect(streamed.directives).toEqual([]);
    expect({ ...streamed, directives: whole.directives }).toEqual(whole);
  });
});
