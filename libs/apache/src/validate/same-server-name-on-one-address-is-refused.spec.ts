import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerModel, VirtualHost } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { validate } from './validate.js';

/** The seed plus a second, empty vhost (no groups, no directories). */
function withSecondVhost(serverName: string, addresses: string[]): Diagnostic[] {
  const model: ServerModel = seedRestrictProcess();
  const second: VirtualHost = {
    ...structuredClone(model.virtualHosts[0]!),
    id: 'vh-second',
    serverName,
    addresses,
    env: {},
  };
  model.virtualHosts.push(second);
  return validate(model);
}

const only = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

describe('ServerName clashes (spec §2.5, rule V3)', () => {
  it('the same ServerName twice on one address is refused on the later vhost', () => {
    expect(only(withSecondVhost('www.site.com', ['*:80']), 'DUPLICATE_SERVER_NAME')).toMatchObject([
      { severity: 'error', path: '/virtual-hosts/vh-second/serverName' },
    ]);
  });

  it('the host is compared without case and without scheme or port', () => {
    expect(only(withSecondVhost('WWW.Site.com', ['*:80']), 'DUPLICATE_SERVER_NAME')).toHaveLength(1);
    expect(only(withSecondVhost('https://www.site.com:443', ['*:80']), 'DUPLICATE_SERVER_NAME')).toHaveLength(
      1,
    );
  });

  it('one shared address among several is enough', () => {
    expect(only(withSecondVhost('www.site.com', ['*:8080', '*:80']), 'DUPLICATE_SERVER_NAME')).toHaveLength(
      1,
    );
  });

  it('the same name on another port is the 80/443 pair and is allowed', () => {
    const diagnostics = withSecondVhost('www.site.com', ['*:443']);
    expect(only(diagnostics, 'DUPLICATE_SERVER_NAME')).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('names differing only by case on other ports get SERVER_NAMES_DIFFER_ONLY_BY_CASE', () => {
    const diagnostics = withSecondVhost('WWW.SITE.COM', ['*:443']);
    expect(only(diagnostics, 'SERVER_NAMES_DIFFER_ONLY_BY_CASE')).toMatchObject([
      { severity: 'warning', path: '/virtual-hosts/vh-second/serverName' },
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the same spelling on another port does not get the case warning', () => {
    expect(only(withSecondVhost('www.site.com', ['*:443']), 'SERVER_NAMES_DIFFER_ONLY_BY_CASE')).toEqual([]);
  });

  it('an address and a host are never confused with one another (no "address host" key shared by two pairs)', () => {
    // Both values are unsafe (the injection rule refuses them); the clash check must not add a false clash to that.
    const model: ServerModel = seedRestrictProcess();
    const base = model.virtualHosts[0]!;
    for (const [id, serverName, address] of [
      ['vh-a', 'y', '*:80 x'],
      ['vh-b', 'x y', '*:80'],
    ] as const) {
      model.virtualHosts.push({ ...structuredClone(base), id, serverName, addresses: [address], env: {} });
    }
    expect(only(validate(model), 'DUPLICATE_SERVER_NAME')).toEqual([]);
  });
});
