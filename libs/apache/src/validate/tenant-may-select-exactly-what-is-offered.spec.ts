import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DaemonGroup, Directory, ServerModel, Tenant, VirtualHost } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { buildModelIndex } from './model-index.js';
import { allowedProcessGroups } from './tenant-selection.js';
import { validate, validateDirectory } from './validate.js';

/**
 * Finding 2 of issue 9: what a tenant's PUT accepts and what allowedProcessGroups offers must be one set.
 * Small pools, so names, owners, ServerNames and list entries collide often.
 */

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
const GROUP_NAMES = ['g1', 'g2', 'G1', 'g3', 'shared'];
const TENANTS: Tenant[] = [
  { id: 't1', name: 't1', unixUser: 'u1', unixGroup: 'u1' },
  { id: 't2', name: 't2', unixUser: 'u2', unixGroup: 'u2' },
];

const vhosts = fc
  .array(pick(['a.ex', 'b.ex', 'A.ex', 'a.ex:8080']), { minLength: 1, maxLength: 3 })
  .map((names): VirtualHost[] =>
    names.map((serverName, i) => ({
      id: `v${i}`,
      serverName,
      serverAliases: [],
      addresses: ['*:80'],
      documentRoot: null,
      processGroup: '%{ENV:PROCESS_GROUP}',
      applicationGroup: null,
      env: {},
      processGroupMap: null,
    })),
  );

const group = fc.record({
  name: pick(GROUP_NAMES),
  virtualHostId: fc.option(pick(['v0', 'v1', 'v2']), { nil: null }),
  tenantId: fc.option(pick(['t1', 't2']), { nil: null }),
  user: fc.option(pick(['u1', 'u2', 'svc']), { nil: null }),
});

const directory = fc.record({
  virtualHostId: pick(['v0', 'v1', 'v2']),
  tenantId: pick(['t1', 't2']),
  restrictProcess: fc.option(fc.subarray([...GROUP_NAMES, 'G2', 'nope', '%{GLOBAL}']), { nil: null }),
});

const model: fc.Arbitrary<ServerModel> = fc
  .record({
    restrictEmbedded: fc.boolean(),
    virtualHosts: vhosts,
    groups: fc.array(group, { maxLength: 6 }),
    directories: fc.array(directory, { minLength: 1, maxLength: 3 }),
  })
  .map(({ restrictEmbedded, virtualHosts, groups, directories }) => ({
    id: 'srv',
    name: 'srv',
    modWsgiVersion: '4.9',
    socketPrefix: null,
    restrictEmbedded,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: '/etc/apache2/hostplane',
    tenants: TENANTS.map((t) => ({ ...t })),
    virtualHosts,
    daemonGroups: groups.map((g, i): DaemonGroup => ({
      id: `dg${i}`,
      ...g,
      processes: null,
      threads: null,
      group: g.user,
      options: {},
    })),
    // Side by side on disk (never nested), FileInfo, and the vhost's WSGIProcessGroup reads PROCESS_GROUP:
    // the only thing a rule can get wrong is its group.
    directories: directories.map((d, i): Directory => ({
      id: `d${i}`,
      ...d,
      virtualHostId: virtualHosts.some((v) => v.id === d.virtualHostId) ? d.virtualHostId : 'v0',
      path: `/srv/d${i}`,
      urlPath: null,
      allowOverride: ['FileInfo'],
      options: ['ExecCGI'],
      handlers: [{ handler: 'wsgi-script', extensions: ['.wsgi'] }],
      processGroup: null,
      env: {},
      rules: [],
    })),
  }));

/** Everything a tenant might type: every name in play, its case variants, embedded mode in both spellings. */
function candidates(m: ServerModel): string[] {
  const names = m.daemonGroups.map((g) => g.name);
  return [...new Set([...names, ...names.map((n) => n.toUpperCase()), '', '%{GLOBAL}', 'nope', 'g9'])];
}

const key = (d: Diagnostic): string => `${d.code} ${d.path}`;

/** The errors a rule selecting `value` adds to the directory's own (those it has with no rules at all). */
function ruleErrors(m: ServerModel, directory: Directory, value: string): Diagnostic[] {
  const errorsOf = (rules: Directory['rules']): Diagnostic[] => {
    const changed = { ...directory, rules };
    const next = { ...m, directories: m.directories.map((d) => (d.id === directory.id ? changed : d)) };
    return validateDirectory(next, directory.id).filter((d) => d.severity === 'error');
  };
  const before = new Set(errorsOf([]).map(key));
  return errorsOf([{ files: 'app.wsgi', processGroup: value }]).filter((d) => !before.has(key(d)));
}

describe('a tenant may select exactly the groups allowedProcessGroups offers (issue 9, finding 2)', () => {
  it('for generated models, tenants and directories: accepted ⇔ offered, and a refusal names the rule', () => {
    fc.assert(
      fc.property(model, (m) => {
        const index = buildModelIndex(m);
        for (const directory of m.directories) {
          const offered = new Set(allowedProcessGroups(index, directory));
          for (const value of candidates(m)) {
            const errors = ruleErrors(m, directory, value);
            expect({ value, accepted: errors.length === 0 }).toEqual({ value, accepted: offered.has(value) });
            for (const e of errors) expect(e.path).toBe(`/directories/${directory.id}/rules/0/processGroup`);
          }
          for (const value of offered) expect(candidates(m)).toContain(value);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a group of no tenant in a directory without a restriction list', () => {
  /** The seed with bob's directory unrestricted and a global, tenantless group `svc` running as `user`. */
  function seedWithSharedGroup(user: string | null): ServerModel {
    const m = seedRestrictProcess();
    m.directories.find((d) => d.id === 'dir-bob')!.restrictProcess = null;
    m.daemonGroups.push({
      id: 'dg-svc',
      name: 'svc',
      virtualHostId: null,
      tenantId: null,
      processes: null,
      threads: null,
      user,
      group: user,
      options: {},
    });
    return m;
  }

  it('is refused to a tenant rule (GROUP_NOT_ALLOWED_FOR_TENANT at the rule) and not offered', () => {
    const m = seedWithSharedGroup('joe');
    m.directories.find((d) => d.id === 'dir-bob')!.rules[0]!.processGroup = 'svc';
    const atRule = validateDirectory(m, 'dir-bob').filter((d) => d.code === 'GROUP_NOT_ALLOWED_FOR_TENANT');
    expect(atRule).toMatchObject([{ severity: 'error', path: '/directories/dir-bob/rules/0/processGroup' }]);
    const bob = m.directories.find((d) => d.id === 'dir-bob')!;
    expect(allowedProcessGroups(buildModelIndex(m), bob)).toEqual(['bob:1', 'bob:2', 'bob:3']);
  });

  it('running as a tenant’s unix user is itself an error (DAEMON_RUNS_AS_TENANT_USER)', () => {
    const asJoe = validate(seedWithSharedGroup('joe')).filter((d) => d.code === 'DAEMON_RUNS_AS_TENANT_USER');
    expect(asJoe).toMatchObject([{ severity: 'error', path: '/daemon-groups/dg-svc/user' }]);
    expect(validate(seedWithSharedGroup('svc')).map((d) => d.code)).not.toContain(
      'DAEMON_RUNS_AS_TENANT_USER',
    );
    expect(validate(seedWithSharedGroup(null)).map((d) => d.code)).not.toContain(
      'DAEMON_RUNS_AS_TENANT_USER',
    );
  });

  it('a tenant’s own group running as his own user is fine; another tenant’s user is DAEMON_USER_NOT_TENANT_USER', () => {
    const m = seedRestrictProcess();
    expect(validate(m).map((d) => d.code)).not.toContain('DAEMON_RUNS_AS_TENANT_USER');
    m.daemonGroups.find((g) => g.id === 'dg-bob-1')!.user = 'joe';
    const codes = validate(m).map((d) => d.code);
    expect(codes).toContain('DAEMON_USER_NOT_TENANT_USER');
    expect(codes).not.toContain('DAEMON_RUNS_AS_TENANT_USER');
  });

  it('an admin’s <Directory> SetEnv may still name a group of no tenant', () => {
    const m = seedWithSharedGroup('svc');
    m.directories.find((d) => d.id === 'dir-bob')!.env = { PROCESS_GROUP: 'svc' };
    expect(validate(m).filter((d) => d.severity === 'error')).toEqual([]);
  });
});
