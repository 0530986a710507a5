/**
 * The importer's reader against Apache itself: on a copy of Debian's /etc/apache2 with a Django-style site added
 * (a snippet Included from inside its <VirtualHost>, a glob in conf-enabled, a disabled file, an IfModule), the files
 * readConfigFiles() reads are exactly the files `apache2 -t -D DUMP_INCLUDES` lists, in the same order.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ConfigFileSet, readConfigFiles } from '#apache';
import { describeWithApache } from '#test-support/apache/index.js';
import { APACHE_BIN, APACHE_SERVER_ROOT } from '#test-support/apache/apache-paths.js';

function filesUnder(root: string): [string, string][] {
  const out: [string, string][] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push([path, readFileSync(path, 'utf8')]);
  }
  return out;
}

function envvars(root: string): Record<string, string> {
  const dump = execFileSync('bash', ['-c', `. ${root}/envvars && env -0`], { encoding: 'utf8' });
  return Object.fromEntries(
    dump
      .split('\0')
      .filter((line) => line.startsWith('APACHE_'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

describeWithApache('the config reader reads the files Apache reads', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hostplane-import-'));
    cpSync(APACHE_SERVER_ROOT, root, { recursive: true, dereference: true });
    mkdirSync(join(root, 'snippets'), { recursive: true });
    writeFileSync(join(root, 'snippets', 'django.conf'), 'WSGIProcessGroup blog\n');
    writeFileSync(
      join(root, 'sites-enabled', 'blog.conf'),
      [
        '<VirtualHost *:80>',
        '  ServerName blog.example',
        '  <IfModule mod_wsgi.c>',
        '    WSGIDaemonProcess blog \\',
        '      python-home=/srv/blog/venv',
        '    Include snippets/django.conf',
        '  </IfModule>',
        '</VirtualHost>',
      ].join('\n'),
    );
    writeFileSync(join(root, 'sites-enabled', 'old.conf.disabled'), 'Bogus directive\n');
    writeFileSync(join(root, 'conf-enabled', 'zz-extra.conf'), 'IncludeOptional conf-extra/*.conf\n');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists the same files in the same order as apache2 -t -D DUMP_INCLUDES', () => {
    const env = envvars(root);
    const dump = execFileSync(APACHE_BIN, ['-d', root, '-f', 'apache2.conf', '-t', '-D', 'DUMP_INCLUDES'], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    const apacheFiles = dump
      .split('\n')
      .map((line) => /^\s+\((?:\*|\d+)\) (.+)$/.exec(line)?.[1])
      .filter((path): path is string => path !== undefined);
    const result = readConfigFiles(new ConfigFileSet(filesUnder(root)), {
      main: join(root, 'apache2.conf'),
      serverRoot: root,
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.filesRead.map((f) => relative(root, f))).toEqual(apacheFiles.map((f) => relative(root, f)));
    expect(result.filesRead).toContain(join(root, 'snippets', 'django.conf'));
  });
});
