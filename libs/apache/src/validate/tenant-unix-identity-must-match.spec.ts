import { describe, expect, it } from '@jest/globals';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ServerModel } from '../model/server-model.js';
import { seedRestrictProcess } from '../../test-fixtures/seed-restrict-process.js';
import { validate } from './validate.js';

function run(mutate: (m: ServerModel) => void): Diagnostic[] {
  const model = seedRestrictProcess();
  mutate(model);
  return validate(model);
}

const only = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

describe('a tenant’s daemons run as the tenant’s own unix user and group (spec §1.5, rule U4)', () => {
  it('a tenant group whose group= is not the tenant’s group is refused at group', () => {
    const found = only(
      run((m) => (m.daemonGroups[1]!.group = 'joe')),
      'DAEMON_GROUP_NOT_TENANT_GROUP',
    );
    expect(found).toMatchObject([{ severity: 'error', path: '/daemon-groups/dg-bob-1/group' }]);
  });

  it('group= equal to the user but not to the tenant’s unixGroup is refused too', () => {
    const found = only(
      run((m) => (m.tenants[0]!.unixGroup = 'bobs')),
      'DAEMON_GROUP_NOT_TENANT_GROUP',
    );
    expect(found.map((d) => d.path)).toEqual([
      '/daemon-groups/dg-bob-1/group',
      '/daemon-groups/dg-bob-2/group',
      '/daemon-groups/dg-bob-3/group',
    ]);
  });

  it('a tenant whose unix user is the Apache user is refused: TENANT_IS_APACHE_USER', () => {
    const found = only(
      run((m) => (m.tenants[0]!.unixUser = 'www-data')),
      'TENANT_IS_APACHE_USER',
    );
    expect(found).toMatchObject([{ severity: 'error', path: '/tenants/tn-bob/unixUser' }]);
  });

  it('two tenants sharing one unix user both get the warning SHARED_TENANT_UNIX_USER', () => {
    const diagnostics = run((m) => {
      m.tenants[1]!.unixUser = 'bob';
      m.tenants[1]!.unixGroup = 'bob';
      for (const g of m.daemonGroups.filter((d) => d.tenantId === 'tn-joe')) {
        g.user = 'bob';
        g.group = 'bob';
      }
    });
    expect(only(diagnostics, 'SHARED_TENANT_UNIX_USER')).toMatchObject([
      { severity: 'warning', path: '/tenants/tn-bob/unixUser' },
      { severity: 'warning', path: '/tenants/tn-joe/unixUser' },
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the unmodified seed has none of these', () => {
    const codes = run(() => undefined).map((d) => d.code);
    for (const code of [
      'DAEMON_GROUP_NOT_TENANT_GROUP',
      'TENANT_IS_APACHE_USER',
      'SHARED_TENANT_UNIX_USER',
    ]) {
      expect(codes).not.toContain(code);
    }
  });
});
