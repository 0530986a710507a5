import { describe, expect, it } from '@jest/globals';
import { resolve } from './index.js';
import { daemon, server, vhost, wsgiDirectory } from './spec-models.fixture.js';

const model = server({
  virtualHosts: [
    vhost('v1', 'www.site.com', { documentRoot: '/home/bob/public_html', env: { PROCESS_GROUP: 'bob:1' } }),
  ],
  daemonGroups: ['bob:1', 'bob:2', 'bob:3'].map((n) => daemon(n, 'v1', 'bob', 'bob')),
  directories: [
    // Listed deep-first on purpose: Apache merges by path depth, not by model order.
    wsgiDirectory('d-sub', 'v1', '/home/bob/public_html/sub', {
      restrictProcess: ['bob:3'],
      processGroup: 'bob:3',
      allowOverride: [],
      options: [],
    }),
    wsgiDirectory('d-top', 'v1', '/home/bob/public_html', {
      restrictProcess: ['bob:1', 'bob:2'],
      processGroup: '%{ENV:PROCESS_GROUP}',
      rules: [{ files: 'pinned.wsgi', processGroup: 'bob:2' }],
    }),
  ],
});

describe('nested <Directory> sections (spec §2.1, §3, §6.1)', () => {
  it('the deeper WSGIProcessGroup and WSGIRestrictProcess replace the parent’s', () => {
    const out = resolve(model, { host: 'www.site.com', path: '/sub/app.wsgi' });
    expect(out).toMatchObject({ status: 200, processGroup: 'bob:3' });
    expect(out.trace.find((t) => t.step === 'restrict-list')?.source).toBe(
      '<Directory /home/bob/public_html/sub> WSGIRestrictProcess bob:3',
    );
  });

  it('the parent’s Options ExecCGI and AllowOverride still apply below it when the child emits none', () => {
    const out = resolve(model, { host: 'www.site.com', path: '/sub/pinned.wsgi' });
    expect(
      out.trace.find((t) => t.step === 'environment' && t.source.endsWith('<Files pinned.wsgi>'))?.detail,
    ).toBe('SetEnv PROCESS_GROUP bob:2 (replaces bob:1 from <VirtualHost *:80>)');
    expect(out).toMatchObject({ status: 200, processGroup: 'bob:3' });
  });

  it('the lists are not merged: bob:1, allowed above, is refused in sub/', () => {
    const m = structuredClone(model);
    m.directories[0]!.processGroup = 'bob:1';
    expect(resolve(m, { host: 'www.site.com', path: '/sub/app.wsgi' })).toMatchObject({
      status: 500,
      processGroup: 'bob:1',
    });
  });
});
