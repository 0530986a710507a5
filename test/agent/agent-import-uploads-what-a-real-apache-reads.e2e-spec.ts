/**
 * `hostplane-agent import` on a copy of Debian's /etc/apache2 with a mod_wsgi site added: it lists the files through
 * the real `apache2 -t -D DUMP_INCLUDES`, finds the .htaccess files under the directories that allow overrides (and
 * only those), uploads them to the real API and prints the report.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Database } from '#api/platform/database/database.js';
import { DATABASE } from '#api/platform/database/database.tokens.js';
import { logInAs } from '#test-support/auth/log-in-as.js';
import { seedUser } from '#test-support/auth/seed-user.js';
import { insertModel } from '#test-support/data/insert-model.js';
import { describeWithApache } from '#test-support/apache/index.js';
import { APACHE_BIN, APACHE_SERVER_ROOT } from '#test-support/apache/apache-paths.js';
import {
  collectApacheFiles,
  parseDumpIncludes,
  runImportCommand,
} from '../../apps/agent/src/agent-import.js';
import { agentSandbox, type AgentSandbox } from './support/agent-sandbox.js';
import { ListeningApi } from './support/agent-harness.js';

const SERVER = 'srv-import';

describeWithApache('hostplane-agent import', () => {
  let root: string;
  let api: ListeningApi;
  let sandbox: AgentSandbox;
  let admin: string;
  let apachectl: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hp-agent-import-'));
    cpSync(APACHE_SERVER_ROOT, join(root, 'etc'), { recursive: true, dereference: true });
    const home = join(root, 'home/carol/public_html');
    mkdirSync(join(home, 'blog'), { recursive: true });
    mkdirSync(join(root, 'srv/static'), { recursive: true });
    writeFileSync(
      join(root, 'etc/sites-enabled/carol.conf'),
      [
        '<VirtualHost *:80>',
        '  ServerName carol.example',
        '  WSGIDaemonProcess carol:1 user=carol group=carol threads=5',
        '  WSGIProcessGroup %{ENV:PROCESS_GROUP}',
        '  SetEnv PROCESS_GROUP carol:1',
        '  CustomLog ${APACHE_LOG_DIR}/carol.log combined',
        '  RewriteEngine On',
        `  RewriteMap pgmap txt:${join(root, 'etc/pgmap.txt')}`,
        '  RewriteRule ^ - [E=PROCESS_GROUP:${pgmap:%{REQUEST_URI}|carol:1}]',
        `  <Directory ${join(root, 'home')}/*/public_html>`,
        '    AllowOverride FileInfo',
        '  </Directory>',
        `  <Directory ${home}>`,
        '    Options ExecCGI',
        '    AllowOverride FileInfo',
        '    AddHandler wsgi-script .wsgi',
        '    WSGIRestrictProcess carol:1',
        '  </Directory>',
        `  <Directory ${join(root, 'srv/static')}>`,
        '    AllowOverride None',
        '  </Directory>',
        '</VirtualHost>',
        '',
      ].join('\n'),
    );
    writeFileSync(join(root, 'etc/pgmap.txt'), '/app.wsgi carol:1\n');
    writeFileSync(join(home, '.htaccess'), '<Files app.wsgi>\n  SetEnv PROCESS_GROUP carol:1\n</Files>\n');
    writeFileSync(join(home, 'blog/.htaccess'), 'RewriteEngine On\n');
    writeFileSync(join(root, 'srv/static/.htaccess'), 'Deny from all\n');
    // As apache2ctl runs it: Debian's envvars sourced first; the config root is the copy.
    const etc = join(root, 'etc');
    apachectl = JSON.stringify([
      'bash',
      '-c',
      `. ${etc}/envvars && exec ${APACHE_BIN} -d ${etc} -f ${etc}/apache2.conf "$@"`,
      'apache2ctl',
    ]);
    sandbox = agentSandbox(SERVER);
    api = await ListeningApi.start();
    await insertModel(api.test.app.get<Database>(DATABASE), sandbox.model);
    admin = await logInAs(api, await seedUser(api.test.app, 'import-admin', 'admin'));
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    sandbox?.cleanup();
    rmSync(root, { recursive: true, force: true });
  });

  it('reads the main file first from DUMP_INCLUDES output', () => {
    expect(
      parseDumpIncludes(
        'Included configuration files:\n  (*) /etc/apache2/apache2.conf\n    (146) /etc/x.load\n',
      ),
    ).toEqual(['/etc/apache2/apache2.conf', '/etc/x.load']);
  });

  it('collects what Apache reads and the .htaccess files where overrides are allowed', () => {
    const collected = collectApacheFiles(JSON.parse(apachectl) as string[]);
    const paths = collected.files.map((f) => f.path);
    expect(collected.main).toBe(join(root, 'etc/apache2.conf'));
    expect(paths).toContain(join(root, 'etc/sites-enabled/carol.conf'));
    expect(paths).toContain(join(root, 'etc/ports.conf'));
    expect(paths.filter((p) => p.endsWith('.htaccess'))).toEqual([
      join(root, 'home/carol/public_html/.htaccess'),
      join(root, 'home/carol/public_html/blog/.htaccess'),
    ]);
  });

  it('uploads them to the API and prints the report', async () => {
    const printed: string[] = [];
    const code = await runImportCommand(
      ['--api-url', api.url, '--token', admin, '--server-id', SERVER, '--apachectl', apachectl],
      {},
      (text) => printed.push(text),
    );
    const report = printed.join('\n');
    expect({ code, report }).toEqual({ code: 0, report: expect.stringContaining('vhost carol.example') });
    expect(report).toContain('tenant carol (unix user carol, group carol)');
    expect(report).toMatch(/carol\.conf:6: CustomLog .*carol\.log combined {2}— would be lost/);
    expect(report).toMatch(/blog\/\.htaccess:1: RewriteEngine On {2}— stays/);
  });

  it("uploads RewriteMap's txt file and passes --homes, so the map is adopted and the tenant gets its home", async () => {
    const printed: string[] = [];
    const code = await runImportCommand(
      [
        ...['--api-url', api.url, '--token', admin, '--server-id', SERVER, '--apachectl', apachectl],
        ...['--homes', join(root, 'home'), '--json'],
      ],
      {},
      (text) => printed.push(text),
    );
    expect(code).toBe(0);
    const report = JSON.parse(printed.join('\n')) as {
      spec: {
        tenants: { name: string; homeDirectory: string | null }[];
        virtualHosts: { processGroupMap: { fallback: string; entries: unknown[] } | null }[];
      };
    };
    expect(report.spec.tenants).toEqual([
      expect.objectContaining({ name: 'carol', homeDirectory: join(root, 'home/carol') }),
    ]);
    expect(report.spec.virtualHosts[0]!.processGroupMap).toEqual({
      variable: 'PROCESS_GROUP',
      fallback: 'carol:1',
      entries: [{ uri: '/app.wsgi', processGroup: 'carol:1' }],
    });
  });

  it('says what is missing instead of uploading anything', async () => {
    const printed: string[] = [];
    expect(await runImportCommand(['--api-url', api.url], {}, (t) => printed.push(t))).toBe(2);
    expect(printed.join('\n')).toContain('missing --token or --token-file, --server-id');
  });
});
