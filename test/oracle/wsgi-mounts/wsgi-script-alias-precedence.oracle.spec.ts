/**
 * WSGIScriptAlias against the other ways a request reaches mod_wsgi, on a real Apache + mod_wsgi (issue 10):
 * an Alias of the same URL space wins whatever the config order (mod_alias translates first), a literal
 * process-group= beats WSGIProcessGroup and SetEnv PROCESS_GROUP, and no Options ExecCGI is needed.
 * The resolver's mount handling (libs/apache/src/resolve/wsgi-mount-mapping.ts) encodes these facts.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';

describeWithApache('WSGIScriptAlias precedence on a real Apache', () => {
  let apache: ApacheInstance;

  beforeAll(async () => {
    ensureUnixUsers(['bob', 'joe']);
    apache = await ApacheInstance.create();
    const blog = `${apache.root}/home/bob/blog`;
    const statics = `${apache.root}/home/bob/static`;
    const include = `${apache.root}/hostplane/hostplane.conf`;
    apache.writeFile(
      include,
      `<VirtualHost *:${apache.port}>
ServerName www.site.com
WSGIDaemonProcess bob:1 user=bob group=bob threads=2
WSGIDaemonProcess bob:2 user=bob group=bob threads=2
SetEnv PROCESS_GROUP bob:1
WSGIProcessGroup %{ENV:PROCESS_GROUP}
WSGIScriptAlias /~bob/blog ${blog}/wsgi.py process-group=bob:2 application-group=%{GLOBAL}
WSGIScriptAlias /late ${blog}/wsgi.py process-group=bob:2
Alias /late ${statics}
Alias /early ${statics}
WSGIScriptAlias /early ${blog}/wsgi.py process-group=bob:2
WSGIScriptAlias /env ${blog}/wsgi.py process-group=%{ENV:PROCESS_GROUP}
<Directory ${blog}>
SetEnv PROCESS_GROUP bob:1
</Directory>
<Directory ${statics}>
Require all granted
</Directory>
</VirtualHost>
`,
    );
    apache.writeProbe(`${blog}/wsgi.py`);
    apache.writeFile(`${statics}/x.txt`, 'static\n');
    apache.includeFiles = [include];
    const check = await apache.configtest();
    expect(check.output).toContain('Syntax OK');
    await apache.start();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it('a literal process-group= beats WSGIProcessGroup %{ENV:…} and SetEnv; no ExecCGI needed', async () => {
    const response = await apache.request('www.site.com', '/~bob/blog/posts/1');
    expect(response.status).toBe(200);
    expect(response.probe?.process_group).toBe('bob:2');
    expect(response.probe?.user).toBe('bob');
  });

  it('application-group=%{GLOBAL} runs in the main interpreter', async () => {
    const response = await apache.request('www.site.com', '/~bob/blog');
    expect(response.status).toBe(200);
    expect(response.probe?.application_group).toBe('');
  });

  it('an Alias of the same URL wins over the mount, before or after it in the config', async () => {
    for (const prefix of ['/late', '/early']) {
      const response = await apache.request('www.site.com', `${prefix}/x.txt`);
      expect({ prefix, status: response.status, body: response.body }).toEqual({
        prefix,
        status: 200,
        body: 'static\n',
      });
    }
  });

  it('process-group=%{ENV:PROCESS_GROUP} reads the SetEnv of the script’s <Directory>', async () => {
    const response = await apache.request('www.site.com', '/env');
    expect(response.status).toBe(200);
    expect(response.probe?.process_group).toBe('bob:1');
  });
});
