import { describe, expect, it } from '@jest/globals';
import type { VirtualHost } from '../model/server-model.js';
import { isGroupVisibleFrom } from './visibility.js';

function vhost(id: string, serverName: string, serverAliases: string[] = []): VirtualHost {
  return {
    id,
    serverName,
    serverAliases,
    addresses: ['*:80'],
    documentRoot: null,
    processGroup: null,
    applicationGroup: null,
    env: {},
    processGroupMap: null,
  };
}

describe('daemon group visibility (spec §2.5)', () => {
  const site80 = vhost('v80', 'www.site.com');
  const site443 = vhost('v443', 'https://www.site.com:443');
  const upper = vhost('vUp', 'WWW.SITE.COM');
  const alias = vhost('vAlias', 'alias.com', ['www.site.com']);
  const other = vhost('vOther', 'other.com');
  const model = { virtualHosts: [site80, site443, upper, alias, other] };
  const map = new Map(model.virtualHosts.map((v) => [v.id, v]));

  it('global groups are visible everywhere', () => {
    expect(isGroupVisibleFrom({ virtualHostId: null }, other, model)).toBe(true);
  });

  it('a vhost sees its own groups and those of vhosts with the same ServerName host, whatever the port', () => {
    expect(isGroupVisibleFrom({ virtualHostId: 'v80' }, site80, model)).toBe(true);
    expect(isGroupVisibleFrom({ virtualHostId: 'v80' }, site443, model)).toBe(true);
    expect(isGroupVisibleFrom({ virtualHostId: 'v443' }, site80, map)).toBe(true);
  });

  it('is case-sensitive and ignores ServerAlias', () => {
    expect(isGroupVisibleFrom({ virtualHostId: 'v80' }, upper, model)).toBe(false);
    expect(isGroupVisibleFrom({ virtualHostId: 'v80' }, alias, model)).toBe(false);
    expect(isGroupVisibleFrom({ virtualHostId: 'vAlias' }, site80, model)).toBe(false);
  });

  it('another vhost and an unknown defining vhost are not visible', () => {
    expect(isGroupVisibleFrom({ virtualHostId: 'v80' }, other, model)).toBe(false);
    expect(isGroupVisibleFrom({ virtualHostId: 'gone' }, other, map)).toBe(false);
  });
});
