/**
 * Issue 10: "a mount change needs a graceful reload". Apache reads WSGIScriptAlias with the rest of the
 * server config at (re)start only, so a new or changed mount in the include file does nothing on a running
 * server until a graceful reload — unlike .htaccess (every request) and a txt: RewriteMap (re-read on mtime,
 * rewrite-map-change-needs-no-reload.oracle.spec.ts). This is what the publication's reloadReason says
 * (apps/api/src/publishing/reload-reason.ts; needsReload in libs/deploy/src/target-path.ts).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { ApacheInstance, describeWithApache, ensureUnixUsers } from '#test-support/apache/index.js';

const HOST = 'www.site.com';

describeWithApache('a WSGIScriptAlias change on a running Apache', () => {
  let apache: ApacheInstance;
  let include = '';
  let script = '';

  const config = (mount: string) => `<VirtualHost *:${apache.port}>
ServerName ${HOST}
WSGIDaemonProcess bob:1 user=bob group=bob threads=2
WSGIDaemonProcess bob:2 user=bob group=bob threads=2
${mount}
</VirtualHost>
`;

  /** What /blog answers a few times in a row: the status and, when served, the group. */
  async function blog(times = 3): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < times; i++) {
      const response = await apache.request(HOST, '/blog/posts/1');
      seen.push(response.status === 200 ? (response.probe?.process_group ?? '?') : String(response.status));
    }
    return seen;
  }

  beforeAll(async () => {
    ensureUnixUsers(['bob']);
    apache = await ApacheInstance.create();
    include = `${apache.root}/hostplane/hostplane.conf`;
    script = `${apache.root}/home/bob/blog/wsgi.py`;
    apache.writeProbe(script);
    apache.writeFile(include, config(''));
    apache.includeFiles = [include];
    await apache.start();
  });

  afterAll(async () => {
    await apache?.dispose();
  });

  it('a new mount written to the include is not served until a graceful reload', async () => {
    expect(await blog()).toEqual(['404', '404', '404']);
    apache.writeFile(include, config(`WSGIScriptAlias /blog ${script} process-group=bob:1`));
    expect((await apache.configtest()).output).toContain('Syntax OK');
    expect(await blog()).toEqual(['404', '404', '404']);
    await apache.graceful();
    expect(await blog()).toEqual(['bob:1', 'bob:1', 'bob:1']);
  });

  it("a changed mount's process-group= takes effect only after a graceful reload", async () => {
    apache.writeFile(include, config(`WSGIScriptAlias /blog ${script} process-group=bob:2`));
    expect(await blog()).toEqual(['bob:1', 'bob:1', 'bob:1']);
    await apache.graceful();
    expect(await blog()).toEqual(['bob:2', 'bob:2', 'bob:2']);
  });

  it('a removed mount is still served until a graceful reload', async () => {
    apache.writeFile(include, config(''));
    expect(await blog()).toEqual(['bob:2', 'bob:2', 'bob:2']);
    await apache.graceful();
    expect(await blog()).toEqual(['404', '404', '404']);
  });
});
