import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DEFAULT_CONFIG_DIR, type ServerModel, type Tenant } from '#apache';
import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
import { inUseError } from '../../model-store/in-use.error.js';
import { tenantToRow } from '../../model-store/mappers/tenant.mapper.js';
import { definedFields, replaceIn } from '../../model-store/model-edits.js';
import { ModelWriteService } from '../../model-store/model-write.service.js';
import type { CreateTenant, TenantDto, TenantListQuery, UpdateTenant } from './tenant.dto.js';
import { presentTenant } from './tenant.presenter.js';
import { TenantRepository } from './tenant.repository.js';
import { tenantScopeOf } from '../../auth/tenant-scope.js';

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
  ) {}

  /** Admins: every tenant; a tenant: a page holding its own record (if the filters match it). */
  list(principal: Principal, query: TenantListQuery): Promise<Page<TenantDto>> {
    return this.tenants.list(tenantScopeOf(principal), query, presentTenant);
  }

  async get(principal: Principal, id: string): Promise<TenantDto> {
    const row = await this.tenants.findVisible(id, tenantScopeOf(principal));
    if (row === null) throw notFound(id);
    return presentTenant(row);
  }

  create(principal: Principal, body: CreateTenant): Promise<TenantDto> {
    const tenant: Tenant = { id: randomUUID(), ...body };
    return this.writes.writeUnbound({
      principal,
      action: 'tenant.create',
      target: { type: TARGET, id: tenant.id },
      tenantId: tenant.id,
      model: blankModelWith(tenant),
      persist: async (tx) => presentTenant(await tx.tenant.create({ data: tenantToRow(tenant) })),
      after: (dto) => dto,
    });
  }

  /** Re-validates every server that uses the tenant: its unix user is what its daemon groups must run as. */
  async update(principal: Principal, id: string, patch: UpdateTenant): Promise<TenantDto> {
    const current = await this.tenants.findById(id);
    if (current === null) throw notFound(id);
    const next: Tenant = { id, name: current.name, unixUser: current.unixUser, unixGroup: current.unixGroup };
    Object.assign(next, definedFields(patch));
    return this.writes.writeAcross({
      principal,
      action: 'tenant.update',
      target: { type: TARGET, id },
      tenantId: id,
      serverIds: (tx) => this.tenants.serversReferencing(tx, id),
      lockRow: async (tx) => {
        await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${id} FOR UPDATE`;
      },
      readBefore: async (tx) => {
        const row = await tx.tenant.findUnique({ where: { id } });
        if (row === null) throw notFound(id);
        return presentTenant(row);
      },
      mutate: (model) => ({ ...model, tenants: replaceIn(model.tenants, next) }),
      alsoValidate: blankModelWith(next),
      persist: async (tx) => {
        const { id: _id, ...data } = tenantToRow(next);
        return presentTenant(await tx.tenant.update({ where: { id }, data }));
      },
      after: (dto) => dto,
    });
  }

  /** 409 while directories, daemon groups or users still belong to the tenant. */
  async delete(principal: Principal, id: string): Promise<void> {
    const current = await this.tenants.findById(id);
    if (current === null) throw notFound(id);
    await this.writes.writeAcross({
      principal,
      action: 'tenant.delete',
      target: { type: TARGET, id },
      tenantId: id,
      before: presentTenant(current),
      serverIds: (tx) => this.tenants.serversReferencing(tx, id),
      lockRow: async (tx) => {
        const usedBy = await this.tenants.lockAndListUsers(tx, id);
        if (usedBy.length > 0) throw inUseError(`Tenant "${current.name}"`, usedBy);
      },
      mutate: (model) => model,
      persist: async (tx) => {
        await tx.tenant.delete({ where: { id } });
      },
    });
  }
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Tenant ${id} does not exist.`);
}
