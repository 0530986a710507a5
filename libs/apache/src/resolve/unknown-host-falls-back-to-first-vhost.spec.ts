import { describe, expect, it } from '@jest/globals';
import { createResolver } from './index.js';
import { server, vhost } from './spec-models.fixture.js';

/** Config order is the renderer's: ServerName order, so `a.example` is first whatever the model order. */
const resolver = createResolver(
  server({
    virtualHosts: [
      vhost('vz', 'z.example', { serverAliases: ['*.wild.example'] }),
      vhost('va', 'a.example', { serverAliases: ['alias.example'] }),
      vhost('v8080', 'b.example', { addresses: ['*:8080'] }),
      vhost('vm', 'm.example', { addresses: ['*:8080'], serverAliases: ['www.wild.example'] }),
    ],
    daemonGroups: [],
    directories: [],
  }),
);

const vhostOf = (host: string, port?: number) =>
  resolver(port === undefined ? { host, path: '/x' } : { host, path: '/x', port }).virtualHostId;

describe('name-based vhost selection', () => {
  it('matches ServerName and ServerAlias case-insensitively, ignoring the Host port and a trailing dot', () => {
    expect(vhostOf('Z.EXAMPLE:80')).toBe('vz');
    expect(vhostOf('alias.example.')).toBe('va');
    expect(vhostOf('deep.wild.example', 80)).toBe('vz');
  });

  it('an unknown Host lands in the first vhost in config order for that port', () => {
    expect(vhostOf('unknown.example', 80)).toBe('va');
    expect(vhostOf('unknown.example', 8080)).toBe('v8080');
    expect(vhostOf('')).toBe('va');
  });

  it('only vhosts listening on the port are candidates, and the first match in config order wins', () => {
    expect(vhostOf('a.example', 8080)).toBe('v8080');
    expect(vhostOf('www.wild.example', 8080)).toBe('vm');
    expect(vhostOf('www.wild.example', 80)).toBe('vz');
  });

  it('no vhost on the port: 404 with a trace', () => {
    const out = resolver({ host: 'a.example', path: '/x', port: 9999 });
    expect(out).toMatchObject({ status: 404, virtualHostId: null });
    expect(out.trace.at(-1)?.detail).toMatch(/no <VirtualHost> listens on port 9999/);
  });
});
