import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DEFAULT_CONFIG_DIR, type ServerModel, type Tenant } from '#apache';
import { AuditEventRepository } from '../../audit/audit-event.repository.js';
import type { Principal } from '../../auth/principal.js';
import { requireAdminScope, tenantScopeOf } from '../../auth/tenant-scope.js';
import { inUseError } from '../../model-store/in-use.error.js';
import { definedFields, replaceIn } from '../../model-store/model-edits.js';
import {
  assertModelValid,
  assertSameServers,
  ModelWriteService,
} from '../../model-store/model-write.service.js';
import type { TenantRow } from '../../platform/database/rows.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
import type { CreateTenant, TenantDto, TenantListQuery, UpdateTenant } from './tenant.dto.js';
import { presentTenant } from './tenant.presenter.js';
import { TenantRepository } from './tenant.repository.js';
import { assertIfMatch } from '../../platform/http/etag/representation-etag.js';

const TARGET = 'tenant';

/**
 * A tenant belongs to no server until a directory or daemon group attaches it; until then it is checked in
 * a blank server model (Debian defaults), which still catches hostile or impossible unix names.
 */
function blankModelWith(tenant: Tenant): ServerModel {
  return {
    id: 'unattached',
    name: 'unattached',
    modWsgiVersion: '4.9',
    socketPrefix: null,
    restrictEmbedded: false,
    apacheUser: 'www-data',
    apacheGroup: 'www-data',
    configDir: DEFAULT_CONFIG_DIR,
    daemonGroups: [],
    virtualHosts: [],
    tenants: [tenant],
    directories: [],
  };
}

@Injectable()
export class TenantService {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly writes: ModelWriteService,
    private readonly audit: AuditEventRepository,
  ) {}

  /** Admins: every tenant; a tenant: a page holding its own record (if the filters match it). */
  list(principal: Principal, query: TenantListQuery): Promise<Page<TenantDto>> {
    return this.tenants.listTenants(tenantScopeOf(principal), query, presentTenant);
  }

  async get(principal: Principal, id: string): Promise<TenantDto> {
    const row = await this.tenants.findTenantInScope(id, tenantScopeOf(principal));
    if (row === null) throw notFound(id);
    return presentTenant(row);
  }

  create(principal: Principal, body: CreateTenant): Promise<TenantDto> {
    const tenant: Tenant = { id: randomUUID(), ...body };
    assertModelValid(blankModelWith(tenant));
    return this.writes.transaction(async (tx) => {
      const created = presentTenant(await this.tenants.createTenant(tx, tenant));
      await this.audit.record(tx, {
        principal,
        action: 'tenant.create',
        targetType: TARGET,
        targetId: tenant.id,
        tenantId: tenant.id,
        after: created,
      });
      return created;
    });
  }

  /** Re-validates every server that uses the tenant: its unix user is what its daemon groups must run as. */
  async update(principal: Principal, id: string, patch: UpdateTenant, ifMatch?: string): Promise<TenantDto> {
    const found = await this.findForAdmin(principal, id);
    const tenant: Tenant = {
      id,
      name: found.name,
      unixUser: found.unixUser,
      unixGroup: found.unixGroup,
      homeDirectory: found.homeDirectory,
      ...definedFields(patch),
    };
    assertModelValid(blankModelWith(tenant));
    return this.writes.transaction(async (tx) => {
      // Servers first, in id order like every writer, then the tenant: nothing can attach it meanwhile.
      const serverIds = await this.writes.lockServers(
        tx,
        await this.tenants.serverIdsReferencingTenant(tx, id),
      );
      const before = await this.tenants.lockTenant(tx, id);
      if (before === null) throw notFound(id);
      assertIfMatch(ifMatch, presentTenant(before));
      assertSameServers(serverIds, await this.tenants.serverIdsReferencingTenant(tx, id));
      for (const serverId of serverIds) {
        const model = await this.writes.load(tx, serverId);
        assertModelValid({ ...model, tenants: replaceIn(model.tenants, tenant) });
      }
      const updated = presentTenant(await this.tenants.updateTenant(tx, tenant));
      await this.audit.record(tx, {
        principal,
        action: 'tenant.update',
        targetType: TARGET,
        targetId: id,
        tenantId: id,
        before: presentTenant(before),
        after: updated,
      });
      return updated;
    });
  }

  /**
   * 409 while directories, daemon groups or users still belong to the tenant. With none, no server's model
   * holds it, so no server needs locking: the tenant's own lock keeps anything from attaching it meanwhile.
   */
  async delete(principal: Principal, id: string, ifMatch?: string): Promise<void> {
    const found = await this.findForAdmin(principal, id);
    await this.writes.transaction(async (tx) => {
      const locked = await this.tenants.lockTenant(tx, id);
      if (locked === null) throw notFound(id);
      assertIfMatch(ifMatch, presentTenant(locked));
      const usedBy = await this.tenants.listUsagesOfTenant(tx, id);
      if (usedBy.length > 0) throw inUseError(`Tenant "${found.name}"`, usedBy);
      await this.tenants.deleteTenant(tx, id);
      await this.audit.record(tx, {
        principal,
        action: 'tenant.delete',
        targetType: TARGET,
        targetId: id,
        tenantId: id,
        before: presentTenant(found),
      });
    });
  }

  /** 404 unless the caller can see the tenant (like GET), then 403 unless the caller is an admin. */
  private async findForAdmin(principal: Principal, id: string): Promise<TenantRow> {
    const scope = tenantScopeOf(principal);
    const row = await this.tenants.findTenantInScope(id, scope);
    if (row === null) throw notFound(id);
    requireAdminScope(scope);
    return row;
  }
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Tenant ${id} does not exist.`);
}
