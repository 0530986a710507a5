import { validate, type Diagnostic, type ServerModel } from '#apache';
import type { TenantScope } from '../../auth/tenant-scope.js';
import { modelInvalidError } from '../../model-store/model-invalid.error.js';

/**
 * assertModelValid for a mount write. An admin sees every blocking diagnostic; a tenant only those about
 * this mount (the rest of the server is other people's business), or one generic line when only other
 * objects are broken, so a tenant never learns about another tenant's objects from a 422.
 */
export function assertMountWriteValid(model: ServerModel, mountId: string, scope: TenantScope): void {
  const errors = validate(model).filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  if (scope.kind === 'admin') throw modelInvalidError(errors);
  const own = errors.filter((d) => d.path.startsWith(`/wsgi-mounts/${mountId}/`));
  throw modelInvalidError(own.length > 0 ? own : [otherObjectsBroken(mountId)]);
}

/** A tenant naming another owner: refused like any rule, with the rule named (never 403). */
export function tenantMismatch(mountId: string): Diagnostic {
  return {
    code: 'MOUNT_TENANT_NOT_ALLOWED',
    severity: 'error',
    path: `/wsgi-mounts/${mountId}/tenantId`,
    message: "a tenant's mounts always belong to the tenant itself",
  };
}

function otherObjectsBroken(mountId: string): Diagnostic {
  return {
    code: 'SERVER_MODEL_INVALID',
    severity: 'error',
    path: `/wsgi-mounts/${mountId}/virtualHostId`,
    message: "the server's configuration has errors outside this mount; an administrator must fix them first",
  };
}
