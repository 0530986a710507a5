import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { WsgiMount } from '#apache';
import { AuditEventRepository } from '../../audit/audit-event.repository.js';
import type { Principal } from '../../auth/principal.js';
import { tenantScopeOf, type TenantScope } from '../../auth/tenant-scope.js';
import { definedFields, removeFrom, replaceIn, requireIn } from '../../model-store/model-edits.js';
import { modelInvalidError } from '../../model-store/model-invalid.error.js';
import { ModelWriteService } from '../../model-store/model-write.service.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
import { assertMountWriteValid, tenantMismatch } from './wsgi-mount-verdict.js';
import type { CreateWsgiMount, UpdateWsgiMount, WsgiMountDto, WsgiMountListQuery } from './wsgi-mount.dto.js';
import { presentWsgiMount } from './wsgi-mount.presenter.js';
import { WsgiMountRepository } from './wsgi-mount.repository.js';

const TARGET = 'wsgi-mount';

/**
 * WSGIScriptAlias mounts (issue 10). Admins manage any; a tenant manages its own, on vhosts holding one of
 * its directories: the engine then decides (script in its directories, a group its list allows) with a 422
 * naming the rule. Another tenant's mount is 404.
 */
@Injectable()
export class WsgiMountService {
  constructor(
    private readonly mounts: WsgiMountRepository,
    private readonly writes: ModelWriteService,
    private readonly audit: AuditEventRepository,
  ) {}

  async list(
    principal: Principal,
    virtualHostId: string,
    query: WsgiMountListQuery,
  ): Promise<Page<WsgiMountDto>> {
    const scope = tenantScopeOf(principal);
    await this.serverOf(virtualHostId, scope);
    return this.mounts.listMountsOfVirtualHost(virtualHostId, scope, query, presentWsgiMount);
  }

  async get(principal: Principal, id: string): Promise<WsgiMountDto> {
    const row = await this.mounts.findMountInScope(id, tenantScopeOf(principal));
    if (row === null) throw notFound(id);
    return presentWsgiMount(row);
  }

  async create(principal: Principal, virtualHostId: string, body: CreateWsgiMount): Promise<WsgiMountDto> {
    const scope = tenantScopeOf(principal);
    const serverId = await this.serverOf(virtualHostId, scope);
    const id = randomUUID();
    const tenantId = ownerOf(scope, id, body.tenantId);
    return this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, serverId, tenantId === null ? [] : [tenantId]);
      const mount: WsgiMount = {
        id,
        virtualHostId,
        tenantId,
        urlPath: body.urlPath ?? null,
        urlPattern: body.urlPattern ?? null,
        script: body.script,
        processGroup: body.processGroup ?? null,
        applicationGroup: body.applicationGroup ?? null,
        callableObject: body.callableObject ?? null,
        passAuthorization: body.passAuthorization ?? null,
      };
      assertMountWriteValid({ ...model, wsgiMounts: [...(model.wsgiMounts ?? []), mount] }, id, scope);
      const created = presentWsgiMount(await this.mounts.createMount(tx, serverId, mount));
      await this.audit.record(tx, {
        principal,
        action: 'wsgi-mount.create',
        targetType: TARGET,
        targetId: id,
        serverId,
        tenantId,
        after: created,
      });
      return created;
    });
  }

  async update(principal: Principal, id: string, patch: UpdateWsgiMount): Promise<WsgiMountDto> {
    const scope = tenantScopeOf(principal);
    const row = await this.mounts.findMountInScope(id, scope);
    if (row === null) throw notFound(id);
    const tenantId = patch.tenantId === undefined ? row.tenantId : ownerOf(scope, id, patch.tenantId);
    return this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, row.serverId, tenantId === null ? [] : [tenantId]);
      const before = requireIn(model.wsgiMounts ?? [], id, 'WSGI mount');
      const mount: WsgiMount = { ...before, ...definedFields(patch), tenantId };
      assertMountWriteValid({ ...model, wsgiMounts: replaceIn(model.wsgiMounts ?? [], mount) }, id, scope);
      const updated = presentWsgiMount(await this.mounts.updateMount(tx, row.serverId, mount));
      await this.audit.record(tx, {
        principal,
        action: 'wsgi-mount.update',
        targetType: TARGET,
        targetId: id,
        serverId: row.serverId,
        tenantId,
        before,
        after: updated,
      });
      return updated;
    });
  }

  async delete(principal: Principal, id: string): Promise<void> {
    const row = await this.mounts.findMountInScope(id, tenantScopeOf(principal));
    if (row === null) throw notFound(id);
    await this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, row.serverId);
      const before = requireIn(model.wsgiMounts ?? [], id, 'WSGI mount');
      // Removing a mount cannot make anything else invalid: nothing refers to a mount.
      await this.mounts.deleteMount(tx, id);
      await this.audit.record(tx, {
        principal,
        action: 'wsgi-mount.delete',
        targetType: TARGET,
        targetId: id,
        serverId: row.serverId,
        tenantId: row.tenantId,
        before,
      });
      return removeFrom(model.wsgiMounts ?? [], id);
    });
  }

  private async serverOf(virtualHostId: string, scope: TenantScope): Promise<string> {
    const serverId = await this.mounts.serverOfVirtualHostInScope(virtualHostId, scope);
    if (serverId === null) throw new AppError('NOT_FOUND', `Virtual host ${virtualHostId} does not exist.`);
    return serverId;
  }
}

/** Admins name the owner (null = an admin app); a tenant's mount is its own, and naming another is a 422. */
function ownerOf(scope: TenantScope, mountId: string, requested: string | null | undefined): string | null {
  if (scope.kind === 'admin') return requested ?? null;
  if (scope.kind === 'none') throw notFound(mountId);
  if (requested !== undefined && requested !== scope.tenantId)
    throw modelInvalidError([tenantMismatch(mountId)]);
  return scope.tenantId;
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `WSGI mount ${id} does not exist.`);
}
