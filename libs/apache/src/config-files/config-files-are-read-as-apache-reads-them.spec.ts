import { describe, expect, it } from '@jest/globals';
import { ConfigFileSet } from './config-file-set.js';
import type { ConfigDirective } from './config-directive.js';
import { readConfigFiles } from './read-config-files.js';

const read = (files: Record<string, string>, main = '/etc/apache2/apache2.conf', defines: string[] = []) =>
  readConfigFiles(new ConfigFileSet(Object.entries(files)), { main, defines });

const names = (directives: readonly ConfigDirective[]): string[] =>
  directives.map((d) =>
    d.children ? `<${d.name}>[${names(d.children).join(',')}]` : `${d.name} ${d.args.join('|')}`,
  );

describe('reading Apache configuration files', () => {
  it('joins backslash continuations, keeps the first line number and reads quoted words', () => {
    const { directives } = read({
      '/etc/apache2/apache2.conf': 'WSGIDaemonProcess bob:1 \\\n  user=bob "display-name=%{GROUP} x"\n',
    });
    expect(directives[0]).toMatchObject({ line: 1, nameKey: 'wsgidaemonprocess' });
    expect(directives[0]!.args).toEqual(['bob:1', 'user=bob', 'display-name=%{GROUP} x']);
  });

  it('treats # as a comment only at the start of a line', () => {
    const { directives } = read({ '/etc/apache2/apache2.conf': '  # a comment\nSetEnv X a # b\n' });
    expect(names(directives)).toEqual(['SetEnv X|a|#|b']);
  });

  it('reads directive and section names case-insensitively', () => {
    const { directives } = read({
      '/etc/apache2/apache2.conf': '<virtualhost *:80>\nservername a\n</VIRTUALHOST>\n',
    });
    expect(directives[0]).toMatchObject({ nameKey: 'virtualhost', args: ['*:80'] });
    expect(directives[0]!.children![0]).toMatchObject({ nameKey: 'servername', args: ['a'] });
  });

  it('interpolates Define and the environment, and leaves an undefined variable literal with a warning', () => {
    const result = readConfigFiles(
      new ConfigFileSet([
        ['/c.conf', 'Define ROOT /srv\nDocumentRoot ${ROOT}/www\nLogDir ${APACHE_LOG_DIR}\nX ${NOPE}\n'],
      ]),
      { main: '/c.conf', env: { APACHE_LOG_DIR: '/var/log/apache2' } },
    );
    expect(names(result.directives)).toEqual([
      'Define ROOT|/srv',
      'DocumentRoot /srv/www',
      'LogDir /var/log/apache2',
      'X ${NOPE}',
    ]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'CONFIG_VARIABLE_UNDEFINED', line: 4, severity: 'warning' }),
    ]);
  });

  it('evaluates IfModule against the modules loaded so far, and accounts for every line it skips', () => {
    const result = read({
      '/etc/apache2/apache2.conf': [
        '<IfModule mod_wsgi.c>',
        'A before',
        '</IfModule>',
        'LoadModule wsgi_module /usr/lib/apache2/modules/mod_wsgi.so',
        '<IfModule wsgi_module>',
        'B after',
        '</IfModule>',
        '<IfModule !mod_wsgi.c>',
        '<Directory /x>',
        'C never',
        '</Directory>',
        '</IfModule>',
      ].join('\n'),
    });
    expect(names(result.directives)).toEqual([
      'LoadModule wsgi_module|/usr/lib/apache2/modules/mod_wsgi.so',
      'B after',
    ]);
    const accounted = new Set([
      ...result.directives.map((d) => d.line),
      ...result.structural.map((s) => s.line),
    ]);
    expect([...accounted].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('evaluates IfDefine against -D parameters and Define', () => {
    const text = '<IfDefine SSL>\nA\n</IfDefine>\n<IfDefine !SSL>\nB\n</IfDefine>\n';
    expect(names(read({ '/etc/apache2/apache2.conf': text }, undefined, ['SSL']).directives)).toEqual(['A ']);
    expect(names(read({ '/etc/apache2/apache2.conf': text }).directives)).toEqual(['B ']);
  });

  it('follows Include globs relative to ServerRoot in alphabetical order, inside sections too', () => {
    const { directives, filesRead } = read({
      '/etc/apache2/apache2.conf': 'IncludeOptional sites-enabled/*.conf\n',
      '/etc/apache2/sites-enabled/b.conf':
        '<VirtualHost *:80>\nInclude /etc/apache2/snippets/wsgi.conf\n</VirtualHost>\n',
      '/etc/apache2/sites-enabled/a.conf': 'ServerName a\n',
      '/etc/apache2/sites-enabled/.hidden.conf': 'Hidden x\n',
      '/etc/apache2/sites-enabled/c.conf.disabled': 'Disabled x\n',
      '/etc/apache2/snippets/wsgi.conf': 'WSGIProcessGroup %{GLOBAL}\n',
    });
    expect(names(directives)).toEqual(['ServerName a', '<VirtualHost>[WSGIProcessGroup %{GLOBAL}]']);
    expect(filesRead).toEqual([
      '/etc/apache2/apache2.conf',
      '/etc/apache2/sites-enabled/a.conf',
      '/etc/apache2/sites-enabled/b.conf',
      '/etc/apache2/snippets/wsgi.conf',
    ]);
  });

  it('includes every file under a directory, recursively', () => {
    const { filesRead } = read({
      '/etc/apache2/apache2.conf': 'Include conf.d\n',
      '/etc/apache2/conf.d/b/x.conf': 'X 1\n',
      '/etc/apache2/conf.d/a.conf': 'A 1\n',
    });
    expect(filesRead.slice(1)).toEqual(['/etc/apache2/conf.d/a.conf', '/etc/apache2/conf.d/b/x.conf']);
  });

  it('refuses a missing Include and a wildcard without matches, but not IncludeOptional', () => {
    const result = read({
      '/etc/apache2/apache2.conf': 'Include missing.conf\nInclude none/*.conf\nIncludeOptional none/*.conf\n',
    });
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['CONFIG_FILE_MISSING', 1],
      ['CONFIG_INCLUDE_NO_MATCH', 2],
    ]);
  });

  it('refuses an include loop instead of following it forever', () => {
    const result = read({
      '/etc/apache2/apache2.conf': 'Include a.conf\n',
      '/etc/apache2/a.conf': 'A 1\nInclude apache2.conf\n',
    });
    expect(names(result.directives)).toEqual(['A 1']);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'CONFIG_INCLUDE_LOOP', file: '/etc/apache2/a.conf' }),
    ]);
  });

  it('names the file and line of sections that are not closed or closed wrongly', () => {
    const result = read({ '/etc/apache2/apache2.conf': '<VirtualHost *:80>\n</Directory>\n<Directory /x\n' });
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['CONFIG_SECTION_MISMATCH', 2],
      ['CONFIG_SECTION_SYNTAX', 3],
      ['CONFIG_SECTION_UNCLOSED', 1],
    ]);
  });

  it('refuses binary junk with the file named', () => {
    const result = read({
      '/etc/apache2/apache2.conf': 'Include junk.bin\n',
      '/etc/apache2/junk.bin': '\u0000\u0001ELF',
    });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'CONFIG_BINARY_FILE', file: '/etc/apache2/junk.bin' }),
    ]);
  });

  it("reads Debian's envvars for ${APACHE_RUN_USER}", () => {
    const { directives } = read({
      '/etc/apache2/apache2.conf': 'User ${APACHE_RUN_USER}\n',
      '/etc/apache2/envvars': 'export APACHE_RUN_USER=www-data\n',
    });
    expect(names(directives)).toEqual(['User www-data']);
  });
});
