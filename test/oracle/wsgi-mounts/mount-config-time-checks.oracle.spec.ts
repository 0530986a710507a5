/**
 * apache2 -t on WSGIScriptAlias lines (spec §2.5 config-time variant, §4): which group mistakes Apache itself
 * refuses at config time, with which text — the apacheMessage the mount rule quotes (wsgi-mounts.rule.ts).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';

describeWithApache('WSGIScriptAlias config-time checks on a real Apache', () => {
  let apache: ApacheInstance;

  beforeAll(async () => {
    ensureUnixUsers(['bob']);
    apache = await ApacheInstance.create();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  const vhosts = (line: string) => `<VirtualHost *:PORT>
ServerName other.com
WSGIDaemonProcess far:1 user=bob group=bob threads=2
</VirtualHost>
<VirtualHost *:PORT>
ServerName www.site.com
WSGIDaemonProcess bob:1 user=bob group=bob threads=2
${line}
</VirtualHost>
`;

  it.each([
    [
      'unknown group, literal application group',
      'process-group=nope application-group=app',
      'WSGI process group not yet configured.',
    ],
    // Observed (the spec said "neither containing %{"): %{GLOBAL} still counts as a literal application group.
    [
      'unknown group, %{GLOBAL} application group',
      'process-group=nope application-group=%{GLOBAL}',
      'WSGI process group not yet configured.',
    ],
    [
      'unknown group, %{RESOURCE} application group',
      'process-group=nope application-group=%{RESOURCE}',
      null,
    ],
    [
      'group of another ServerName',
      'process-group=far:1 application-group=app',
      'WSGI process group not accessible.',
    ],
    ['empty process group', 'process-group="" application-group=app', 'Invalid name for WSGI process group.'],
    [
      'empty application group',
      'process-group=bob:1 application-group=""',
      'Invalid name for WSGI application group.',
    ],
    ['unknown option', 'processgroup=bob:1', 'Invalid option to WSGI script alias definition.'],
    // The importer relies on both (import-wsgi-mount.ts): option names as written, On/Off in any case.
    ['option name in another case', 'Process-Group=bob:1', 'Invalid option to WSGI script alias definition.'],
    ['pass-authorization in lower case', 'process-group=bob:1 pass-authorization=on', null],
  ])('%s', async (key, options, message) => {
    const include = `${apache.root}/${key.replace(/[^a-z]/g, '-')}.conf`;
    apache.writeFile(
      include,
      vhosts(`WSGIScriptAlias /blog ${apache.root}/home/bob/blog/wsgi.py ${options}`).replaceAll(
        'PORT',
        String(apache.port),
      ),
    );
    apache.includeFiles = [include];
    const result = await apache.configtest();
    if (message === null) expect(result.output).toContain('Syntax OK');
    else expect(result.output).toContain(message);
  });
});
