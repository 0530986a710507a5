import { describe, expect, it } from '@jest/globals';
import { resolve } from './index.js';
import { daemon, server, vhost, wsgiDirectory } from './spec-models.fixture.js';

function model(vhostExtra: Parameters<typeof vhost>[2], dirEnv: Record<string, string> = {}) {
  return server({
    virtualHosts: [
      vhost('v1', 'www.site.com', {
        documentRoot: '/srv/site',
        processGroup: '%{ENV:PROCESS_GROUP}',
        ...vhostExtra,
      }),
      vhost('v2', 'other.com'),
    ],
    daemonGroups: [
      daemon('bob:2', 'v1', 'bob', 'bob'),
      daemon('www.site.com:8080', null, 'site', null),
      daemon('joe:1', 'v2', 'joe', 'joe'),
    ],
    directories: [wsgiDirectory('d1', 'v1', '/srv/site', { env: dirEnv })],
  });
}
const req = { host: 'www.site.com', path: '/App.wsgi' };

describe('%{ENV:…} lookup and mod_wsgi’s expansions (spec §2.2)', () => {
  it('falls back to getenv() of the Apache parent when no SetEnv sets the variable', () => {
    const out = resolve(model({}), req, { processEnv: { PROCESS_GROUP: 'bob:2' } });
    expect(out).toMatchObject({ status: 200, processGroup: 'bob:2' });
  });

  it('getenv() is case-sensitive, unlike the SetEnv table', () => {
    const out = resolve(model({}), req, { processEnv: { process_group: 'bob:2' } });
    expect(out).toMatchObject({
      status: 500,
      processGroup: '%{ENV:PROCESS_GROUP}',
      error: "No WSGI daemon process called '%{ENV:PROCESS_GROUP}' has been configured",
    });
    expect(resolve(model({}, { process_group: 'bob:2' }), req).processGroup).toBe('bob:2');
  });

  it('SetEnv beats getenv()', () => {
    expect(
      resolve(model({ env: { PROCESS_GROUP: 'bob:2' } }), req, { processEnv: { PROCESS_GROUP: 'x' } })
        .processGroup,
    ).toBe('bob:2');
  });

  it('a found value %{SERVER} is expanded once more, with the Host port (not 80/443)', () => {
    const out = resolve(model({}, { PROCESS_GROUP: '%{SERVER}' }), { ...req, host: 'www.site.com:8080' });
    expect(out).toMatchObject({
      status: 200,
      processGroup: 'www.site.com:8080',
      runsAs: { user: 'site', group: 'www-data' },
    });
    expect(
      resolve(model({}, { PROCESS_GROUP: '%{SERVER}' }), { ...req, host: 'www.site.com:443' }).processGroup,
    ).toBe('www.site.com');
  });

  it('a chained %{ENV:OTHER} is not followed: the literal text is the name', () => {
    const out = resolve(model({}, { PROCESS_GROUP: '%{ENV:OTHER}', OTHER: 'bob:2' }), req);
    expect(out.error).toBe("No WSGI daemon process called '%{ENV:OTHER}' has been configured");
  });

  it('a group of a vhost with another ServerName cannot be accessed', () => {
    const out = resolve(model({}, { PROCESS_GROUP: 'joe:1' }), req);
    expect(out).toMatchObject({
      status: 500,
      error: "Daemon process called 'joe:1' cannot be accessed by this WSGI application",
    });
  });

  it('the default application group is host[:port]|SCRIPT_NAME with SCRIPT_NAME lower-cased (4.9)', () => {
    const m = model({ env: { PROCESS_GROUP: 'bob:2' } });
    expect(resolve(m, req).applicationGroup).toBe('www.site.com|/app.wsgi');
    expect(resolve(m, { ...req, host: 'WWW.site.com:8080' }).applicationGroup).toBe(
      'www.site.com:8080|/app.wsgi',
    );
    expect(resolve({ ...m, modWsgiVersion: '6.0' }, req).applicationGroup).toBe('www.site.com|/App.wsgi');
  });

  it('WSGIApplicationGroup %{GLOBAL}, %{SERVER} and %{ENV:…} expand like the process group', () => {
    const env = { PROCESS_GROUP: 'bob:2', APP: 'myapp' };
    expect(resolve(model({ env, applicationGroup: '%{GLOBAL}' }), req).applicationGroup).toBe('');
    expect(resolve(model({ env, applicationGroup: '%{SERVER}' }), req).applicationGroup).toBe('www.site.com');
    expect(resolve(model({ env, applicationGroup: '%{ENV:APP}' }), req).applicationGroup).toBe('myapp');
  });
});
