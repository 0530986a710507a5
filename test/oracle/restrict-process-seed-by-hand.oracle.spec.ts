/**
 * The WSGIRestrictProcess.rst example, written by hand (only paths, port and an Alias adapted), run on a
 * real Apache + mod_wsgi: proves the harness observes real groups and mod_wsgi's exact error text.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';

describeWithApache('WSGIRestrictProcess.rst example on a real Apache (hand-written config)', () => {
  let apache: ApacheInstance;
  let bobUid = -1;

  beforeAll(async () => {
    const [bob] = ensureUnixUsers(['bob', 'joe']);
    bobUid = bob?.uid ?? -1;
    apache = await ApacheInstance.create();
    const publicHtml = `${apache.root}/home/bob/public_html`;
    const include = `${apache.root}/hostplane/hostplane.conf`;
    apache.writeFile(
      include,
      `WSGIDaemonProcess default processes=2 threads=25

<VirtualHost *:${apache.port}>
ServerName www.site.com

WSGIDaemonProcess bob:1 user=bob group=bob threads=25
WSGIDaemonProcess bob:2 user=bob group=bob threads=25
WSGIDaemonProcess bob:3 user=bob group=bob threads=25

WSGIDaemonProcess joe:1 user=joe group=joe threads=25
WSGIDaemonProcess joe:2 user=joe group=joe threads=25
WSGIDaemonProcess joe:3 user=joe group=joe threads=25

SetEnv PROCESS_GROUP default
WSGIProcessGroup %{ENV:PROCESS_GROUP}
Alias /bob ${publicHtml}

<Directory ${publicHtml}>
Options ExecCGI
AllowOverride FileInfo
AddHandler wsgi-script .wsgi
WSGIRestrictProcess bob:1 bob:2 bob:3
SetEnv PROCESS_GROUP bob:1
</Directory>
</VirtualHost>
`,
    );
    apache.writeFile(
      `${publicHtml}/.htaccess`,
      `<Files blog.wsgi>
SetEnv PROCESS_GROUP bob:2
</Files>

<Files wiki.wsgi>
SetEnv PROCESS_GROUP bob:3
</Files>

<Files joe.wsgi>
SetEnv PROCESS_GROUP joe:1
</Files>
`,
    );
    for (const script of ['blog.wsgi', 'wiki.wsgi', 'other.wsgi', 'joe.wsgi'])
      apache.writeProbe(`${publicHtml}/${script}`);
    apache.includeFiles = [include];
    const check = await apache.configtest();
    expect(check.output).toContain('Syntax OK');
    await apache.start();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it.each([
    ['/bob/blog.wsgi', 'bob:2'],
    ['/bob/wiki.wsgi', 'bob:3'],
    ['/bob/other.wsgi', 'bob:1'],
  ])('%s runs in %s as bob', async (path, group) => {
    const response = await apache.request('www.site.com', path);
    expect(response.status).toBe(200);
    expect(response.probe?.process_group).toBe(group);
    expect(response.probe?.user).toBe('bob');
    expect(response.probe?.group).toBe('bob');
    expect(response.probe?.uid).toBe(bobUid);
  });

  it("refuses joe:1 in bob's .htaccess with 500 and mod_wsgi's restriction message", async () => {
    const mark = apache.logMark();
    const response = await apache.request('www.site.com', '/bob/joe.wsgi');
    expect(response.status).toBe(500);
    const log = await apache.waitForLog(mark, 'not a member of allowed groups');
    expect(log).toContain(
      "Daemon process called 'joe:1' cannot be accessed by this WSGI application as not a member of allowed groups: " +
        `${apache.root}/home/bob/public_html/joe.wsgi`,
    );
  });
});
