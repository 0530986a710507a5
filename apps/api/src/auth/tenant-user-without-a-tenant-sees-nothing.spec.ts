import { describe, expect, it } from '@jest/globals';
import { AppError } from '../platform/errors/app-error.js';
import type { Principal } from './principal.js';
import { requireAdminScope, scopeIncludes, tenantScopeOf, type TenantScope } from './tenant-scope.js';

const principal = (role: Principal['role'], tenantId: string | null): Principal => ({
  userId: 'u1',
  username: 'someone',
  role,
  tenantId,
  credentialId: 'session:x',
  serverScope: null,
});

function refusal(scope: TenantScope): string | null {
  try {
    requireAdminScope(scope);
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
}

describe('one TenantScope, made from the principal in one place', () => {
  it('an admin sees everything, whatever tenant the principal names', () => {
    const scope = tenantScopeOf(principal('admin', null));
    expect(scope).toEqual({ kind: 'admin' });
    expect([scopeIncludes(scope, 'bob'), scopeIncludes(scope, null)]).toEqual([true, true]);
    expect(refusal(scope)).toBeNull();
  });

  it('a tenant sees its own objects only, and never those of no tenant', () => {
    const scope = tenantScopeOf(principal('tenant', 'bob'));
    expect(scope).toEqual({ kind: 'tenant', tenantId: 'bob' });
    expect([scopeIncludes(scope, 'bob'), scopeIncludes(scope, 'joe'), scopeIncludes(scope, null)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(refusal(scope)).toBe('FORBIDDEN');
  });

  it('a tenant user without a tenant sees nothing: not everything, and not the objects of no tenant', () => {
    const scope = tenantScopeOf(principal('tenant', null));
    expect(scope).toEqual({ kind: 'none' });
    expect([scopeIncludes(scope, 'bob'), scopeIncludes(scope, null), scopeIncludes(scope, '')]).toEqual([
      false,
      false,
      false,
    ]);
    expect(refusal(scope)).toBe('FORBIDDEN');
  });
});
