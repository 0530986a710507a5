import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Directory, ServerModel } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { validate } from './validate.js';

type Mutation = [name: string, mutate: (m: ServerModel) => void, code: string, path: string];

function dir(m: ServerModel, id: string): Directory {
  const found = m.directories.find((d) => d.id === id);
  if (found === undefined) throw new Error(`fixture has no directory ${id}`);
  return found;
}

function bobRule(m: ServerModel, processGroup: string): void {
  dir(m, 'dir-bob').rules[0] = { files: 'blog.wsgi', processGroup };
}

function addOtherVhost(m: ServerModel, serverName = 'other.com'): void {
  m.virtualHosts.push({ ...structuredClone(m.virtualHosts[0]!), id: 'vh-other', serverName, env: {} });
  m.daemonGroups.push({
    ...structuredClone(m.daemonGroups[1]!),
    id: 'dg-other',
    name: 'other:1',
    virtualHostId: 'vh-other',
  });
}

const RULE0 = '/directories/dir-bob/rules/0/processGroup';

const mutations: Mutation[] = [
  ["joe's group in bob's rule", (m) => bobRule(m, 'joe:1'), 'GROUP_NOT_IN_RESTRICT_LIST', RULE0],
  ['BOB:2, differing only by case', (m) => bobRule(m, 'BOB:2'), 'GROUP_NAME_CASE_MISMATCH', RULE0],
  [
    'BOB:2 exists as joe’s daemon and passes the case-insensitive list',
    (m) => {
      m.daemonGroups[4]!.name = 'BOB:2x';
      m.daemonGroups.push({ ...structuredClone(m.daemonGroups[4]!), id: 'dg-evil', name: 'BOB:2' });
      bobRule(m, 'BOB:2');
    },
    'GROUP_NAME_CASE_MISMATCH',
    RULE0,
  ],
  [
    'a group of another vhost',
    (m) => {
      addOtherVhost(m);
      bobRule(m, 'other:1');
    },
    'GROUP_NOT_VISIBLE',
    RULE0,
  ],
  ['an unknown group', (m) => bobRule(m, 'nobody:1'), 'UNKNOWN_GROUP', RULE0],
  ['%{GLOBAL} in a rule', (m) => bobRule(m, '%{GLOBAL}'), 'EMBEDDED_MODE_NOT_ALLOWED', RULE0],
  ['an empty value in a rule', (m) => bobRule(m, ''), 'EMBEDDED_MODE_NOT_ALLOWED', RULE0],
  ['a chained %{ENV:X} in a rule', (m) => bobRule(m, '%{ENV:OTHER}'), 'INVALID_PROCESS_GROUP', RULE0],
  [
    'rules under AllowOverride None',
    (m) => (dir(m, 'dir-bob').allowOverride = ['None']),
    'HTACCESS_NOT_READ',
    '/directories/dir-bob/allowOverride',
  ],
  [
    'rules under AllowOverride Indexes only',
    (m) => (dir(m, 'dir-bob').allowOverride = ['Indexes']),
    'OVERRIDE_NOT_ALLOWED',
    '/directories/dir-bob/allowOverride',
  ],
  [
    'threads=abc',
    (m) => (m.daemonGroups[1]!.options['threads'] = 'abc'),
    'INVALID_OPTION_VALUE',
    '/daemon-groups/dg-bob-1/options/threads',
  ],
  [
    'threads field out of range',
    (m) => (m.daemonGroups[1]!.threads = 65534),
    'INVALID_OPTION_VALUE',
    '/daemon-groups/dg-bob-1/threads',
  ],
  [
    'memory-limit=10G',
    (m) => (m.daemonGroups[1]!.options['memory-limit'] = '10G'),
    'INVALID_OPTION_VALUE',
    '/daemon-groups/dg-bob-1/options/memory-limit',
  ],
  [
    'maximum-requests=1.5',
    (m) => (m.daemonGroups[1]!.options['maximum-requests'] = '1.5'),
    'INVALID_OPTION_VALUE',
    '/daemon-groups/dg-bob-1/options/maximum-requests',
  ],
  [
    'Threads=5 (case)',
    (m) => (m.daemonGroups[1]!.options['Threads'] = 5),
    'UNKNOWN_DAEMON_OPTION',
    '/daemon-groups/dg-bob-1/options/Threads',
  ],
  [
    'switch-interval on 4.9',
    (m) => (m.daemonGroups[1]!.options['switch-interval'] = '0.005'),
    'OPTION_NOT_IN_VERSION',
    '/daemon-groups/dg-bob-1/options/switch-interval',
  ],
  [
    'newrelic-environment on 6.0',
    (m) => {
      m.modWsgiVersion = '6.0';
      m.daemonGroups[1]!.options['newrelic-environment'] = 'prod';
    },
    'OPTION_NOT_IN_VERSION',
    '/daemon-groups/dg-bob-1/options/newrelic-environment',
  ],
  [
    'user root',
    (m) => (m.daemonGroups[0]!.user = 'root'),
    'ROOT_DAEMON_USER',
    '/daemon-groups/dg-default/user',
  ],
  ['user #0', (m) => (m.daemonGroups[0]!.user = '#0'), 'ROOT_DAEMON_USER', '/daemon-groups/dg-default/user'],
  [
    'group root',
    (m) => (m.daemonGroups[0]!.group = 'root'),
    'ROOT_DAEMON_GROUP',
    '/daemon-groups/dg-default/group',
  ],
  [
    'tenant group without user=',
    (m) => (m.daemonGroups[1]!.user = null),
    'MISSING_DAEMON_USER',
    '/daemon-groups/dg-bob-1/user',
  ],
  [
    'tenant group without group=',
    (m) => (m.daemonGroups[1]!.group = null),
    'MISSING_DAEMON_GROUP',
    '/daemon-groups/dg-bob-1/group',
  ],
  [
    "bob's group running as joe",
    (m) => (m.daemonGroups[1]!.user = 'joe'),
    'DAEMON_USER_NOT_TENANT_USER',
    '/daemon-groups/dg-bob-1/user',
  ],
  [
    'the same name in two vhosts',
    (m) => {
      addOtherVhost(m);
      m.daemonGroups.at(-1)!.name = 'bob:1';
    },
    'DUPLICATE_GROUP_NAME',
    '/daemon-groups/dg-other/name',
  ],
  [
    'names differing only by case',
    (m) => (m.daemonGroups[4]!.name = 'BOB:1'),
    'GROUP_NAMES_DIFFER_ONLY_BY_CASE',
    '/daemon-groups/dg-joe-1/name',
  ],
  [
    'a group name with a leading %',
    (m) => (m.daemonGroups[0]!.name = '%{GLOBAL}'),
    'INVALID_GROUP_NAME',
    '/daemon-groups/dg-default/name',
  ],
  [
    'restriction list naming an unknown group',
    (m) => dir(m, 'dir-bob').restrictProcess!.push('ghost'),
    'UNKNOWN_GROUP',
    '/directories/dir-bob/restrictProcess/3',
  ],
  [
    'vhost processGroup %{SERVER}',
    (m) => (m.virtualHosts[0]!.processGroup = '%{SERVER}'),
    'INVALID_PROCESS_GROUP',
    '/virtual-hosts/vh-site/processGroup',
  ],
  [
    'vhost without ServerName',
    (m) => (m.virtualHosts[0]!.serverName = ''),
    'MISSING_SERVER_NAME',
    '/virtual-hosts/vh-site/serverName',
  ],
  [
    'relative directory path',
    (m) => (dir(m, 'dir-bob').path = 'home/bob'),
    'INVALID_PATH',
    '/directories/dir-bob/path',
  ],
  ['relative socket prefix', (m) => (m.socketPrefix = 'run/wsgi'), 'INVALID_PATH', '/server/socketPrefix'],
  [
    'socket prefix too long for sun_path',
    (m) => (m.socketPrefix = `/${'a'.repeat(90)}`),
    'SOCKET_PREFIX_TOO_LONG',
    '/server/socketPrefix',
  ],
  [
    'a bad Options keyword',
    (m) => (dir(m, 'dir-bob').options = ['ExecCGI', 'Bogus']),
    'INVALID_OPTIONS_KEYWORD',
    '/directories/dir-bob/options/1',
  ],
];

const lints: Mutation[] = [
  [
    'no restriction list on a FileInfo directory',
    (m) => (dir(m, 'dir-bob').restrictProcess = null),
    'UNRESTRICTED_TENANT_DIRECTORY',
    '/directories/dir-bob/restrictProcess',
  ],
  [
    "a list naming joe's group in bob's directory",
    (m) => dir(m, 'dir-bob').restrictProcess!.push('joe:1'),
    'RESTRICT_LIST_CROSSES_TENANTS',
    '/directories/dir-bob/restrictProcess/3',
  ],
  [
    'AllowOverride All',
    (m) => (dir(m, 'dir-bob').allowOverride = ['All']),
    'AUTHCONFIG_OVERRIDE',
    '/directories/dir-bob/allowOverride',
  ],
  [
    '%{GLOBAL} listed with RestrictEmbedded Off',
    (m) => dir(m, 'dir-bob').restrictProcess!.push('%{GLOBAL}'),
    'EMBEDDED_MODE_REACHABLE',
    '/server/restrictEmbedded',
  ],
  [
    'a group running as the Apache user',
    (m) => (m.daemonGroups[0]!.user = 'www-data'),
    'DAEMON_RUNS_AS_APACHE_USER',
    '/daemon-groups/dg-default/user',
  ],
];

function run(mutate: (m: ServerModel) => void): Diagnostic[] {
  const model = seedRestrictProcess();
  mutate(model);
  return validate(model);
}

describe('mutations of the WSGIRestrictProcess.rst seed', () => {
  it.each(mutations)('%s → %s', (_name, mutate, code, path) => {
    const found = run(mutate).filter((d) => d.code === code && d.path === path);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
  });

  it.each(lints)('%s → warning %s', (_name, mutate, code, path) => {
    const diagnostics = run(mutate);
    expect(
      diagnostics.filter((d) => d.code === code && d.path === path && d.severity === 'warning'),
    ).toHaveLength(1);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('quotes mod_wsgi for a rule outside the restriction list', () => {
    const d = run((m) => bobRule(m, 'joe:1')).find((x) => x.code === 'GROUP_NOT_IN_RESTRICT_LIST');
    expect(d?.apacheMessage).toBe(
      "Daemon process called 'joe:1' cannot be accessed by this WSGI application as not a member of allowed groups",
    );
  });

  it('a restriction list containing %{GLOBAL} lets a rule choose embedded mode (with a lint)', () => {
    const diagnostics = run((m) => {
      dir(m, 'dir-bob').restrictProcess!.push('%{GLOBAL}');
      bobRule(m, '%{GLOBAL}');
    });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('EMBEDDED_MODE_REACHABLE');
  });

  it('the same ServerName on another port shares groups (the 80/443 pattern)', () => {
    const diagnostics = run((m) => {
      addOtherVhost(m, 'www.site.com');
      m.virtualHosts[1]!.addresses = ['*:443'];
      bobRule(m, 'other:1');
      dir(m, 'dir-bob').restrictProcess!.push('other:1');
    });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
