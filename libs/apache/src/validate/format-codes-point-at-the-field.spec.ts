import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerModel } from '../model/server-model.js';
import { seedProcessGroupMap } from '../../test-fixtures/seed-process-group-map.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { validate } from './validate.js';

type Case = [name: string, mutate: (m: ServerModel) => void, code: string, path: string];

const bob = (m: ServerModel) => m.directories.find((d) => d.id === 'dir-bob')!;
const site = (m: ServerModel) => m.virtualHosts[0]!;

/**
 * Each value is lexically harmless (no character from the H3 table), so only the strict format can refuse it,
 * and it must be reported with its own code at the field that holds it.
 */
const CASES: Case[] = [
  [
    'ServerName with an underscore',
    (m) => (site(m).serverName = 'www_site.com'),
    'INVALID_SERVER_NAME',
    '/virtual-hosts/vh-site/serverName',
  ],
  [
    'ServerName with a port out of range',
    (m) => (site(m).serverName = 'www.site.com:70000'),
    'INVALID_SERVER_NAME',
    '/virtual-hosts/vh-site/serverName',
  ],
  [
    'ServerAlias with a port',
    (m) => (site(m).serverAliases = ['site.com', 'alt.site.com:80']),
    'INVALID_SERVER_ALIAS',
    '/virtual-hosts/vh-site/serverAliases/1',
  ],
  [
    'no <VirtualHost> address',
    (m) => (site(m).addresses = []),
    'MISSING_ADDRESS',
    '/virtual-hosts/vh-site/addresses',
  ],
  [
    'an address that is a host name',
    (m) => (site(m).addresses = ['*:80', 'www.site.com:80']),
    'INVALID_ADDRESS',
    '/virtual-hosts/vh-site/addresses/1',
  ],
  [
    'an address with port 0',
    (m) => (site(m).addresses = ['*:0']),
    'INVALID_ADDRESS',
    '/virtual-hosts/vh-site/addresses/0',
  ],
  [
    'a vhost SetEnv name with a dash',
    (m) => (site(m).env = { PROCESS_GROUP: 'default', 'APP-MODE': 'x' }),
    'INVALID_ENV_NAME',
    '/virtual-hosts/vh-site/env/APP-MODE',
  ],
  [
    'a <Directory> SetEnv name starting with a digit',
    (m) => (bob(m).env = { PROCESS_GROUP: 'bob:1', '1ST': 'x' }),
    'INVALID_ENV_NAME',
    '/directories/dir-bob/env/1ST',
  ],
  [
    'a rule variable with a dot',
    (m) => (bob(m).rules[0]!.variable = 'PROCESS.GROUP'),
    'INVALID_ENV_NAME',
    '/directories/dir-bob/rules/0/variable',
  ],
  [
    '<Files> with a wildcard',
    (m) => (bob(m).rules[0]!.files = '*.wsgi'),
    'INVALID_FILES_PATTERN',
    '/directories/dir-bob/rules/0/files',
  ],
  [
    '<Files> with a slash',
    (m) => (bob(m).rules[1]!.files = 'sub/wiki.wsgi'),
    'INVALID_FILES_PATTERN',
    '/directories/dir-bob/rules/1/files',
  ],
  [
    '<Files> of only dots',
    (m) => (bob(m).rules[1]!.files = '..'),
    'INVALID_FILES_PATTERN',
    '/directories/dir-bob/rules/1/files',
  ],
  [
    '<FilesMatch> that does not compile',
    (m) => (bob(m).rules[0] = { filesMatch: '^blog(.wsgi$', processGroup: 'bob:2' }),
    'INVALID_FILES_MATCH',
    '/directories/dir-bob/rules/0/filesMatch',
  ],
  [
    'daemon user= with an upper-case letter',
    (m) => (m.daemonGroups[0]!.user = 'Wsgi'),
    'INVALID_UNIX_NAME',
    '/daemon-groups/dg-default/user',
  ],
  [
    'daemon group= longer than 32 characters',
    (m) => (m.daemonGroups[0]!.group = 'g'.repeat(33)),
    'INVALID_UNIX_NAME',
    '/daemon-groups/dg-default/group',
  ],
  [
    'a tenant unixGroup starting with a digit',
    (m) => (m.tenants[0]!.unixGroup = '1bob'),
    'INVALID_UNIX_NAME',
    '/tenants/tn-bob/unixGroup',
  ],
  ['the server apacheUser', (m) => (m.apacheUser = 'www.data'), 'INVALID_UNIX_NAME', '/server/apacheUser'],
];

function run(mutate: (m: ServerModel) => void, seed = seedRestrictProcess): Diagnostic[] {
  const model = seed();
  mutate(model);
  return validate(model);
}

describe('strict formats are reported by code and field (spec §5.2, rule H3)', () => {
  it.each(CASES.map(([name, mutate, code, path]) => [name, code, path, mutate] as const))(
    '%s → %s at %s',
    (_name, code, path, mutate) => {
      const found = run(mutate).filter((d) => d.code === code);
      expect(found.map((d) => [d.severity, d.path])).toEqual([['error', path]]);
    },
  );

  it('a numeric #gid is refused by the lexical check (UNSAFE_CONFIG_VALUE), before the format check', () => {
    const found = run((m) => (m.daemonGroups[0]!.group = '#33')).filter(
      (d) => d.path === '/daemon-groups/dg-default/group',
    );
    expect(found.map((d) => [d.code, d.severity])).toEqual([['UNSAFE_CONFIG_VALUE', 'error']]);
  });

  it('an empty daemon user= carries mod_wsgi’s text', () => {
    const found = run((m) => (m.daemonGroups[0]!.user = '')).find((d) => d.code === 'INVALID_UNIX_NAME');
    expect(found).toMatchObject({
      path: '/daemon-groups/dg-default/user',
      apacheMessage: 'Invalid user for WSGI daemon process.',
    });
  });

  it('the process-group map variable is checked as an environment name', () => {
    const found = run((m) => {
      site(m).processGroupMap!.variable = 'PROCESS-GROUP';
      site(m).processGroup = '%{ENV:PROCESS-GROUP}';
    }, seedProcessGroupMap).filter((d) => d.code === 'INVALID_ENV_NAME');
    expect(found.map((d) => d.path)).toEqual(['/virtual-hosts/vh-map/processGroupMap/variable']);
  });

  it('the valid spellings of the same fields pass', () => {
    const diagnostics = run((m) => {
      site(m).serverName = 'https://www.site.com:8443';
      site(m).serverAliases = ['*.site.com', 'site?.example'];
      site(m).addresses = ['127.0.0.1:8080', '[::1]:80', '_default_:443', '*'];
      bob(m).rules[0] = { filesMatch: '^blog\\.wsgi$', processGroup: 'bob:2' };
    });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
