import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ProcessGroupMap, VirtualHost } from '#apache';
import { AuditEventRepository } from '../../audit/audit-event.repository.js';
import type { Principal } from '../../auth/principal.js';
import { requireAdminScope, tenantScopeOf } from '../../auth/tenant-scope.js';
import { inUseError, type Usage } from '../../model-store/in-use.error.js';
import { definedFields, removeFrom, replaceIn, requireIn } from '../../model-store/model-edits.js';
import { assertModelValid, ModelWriteService } from '../../model-store/model-write.service.js';
import { ServerModelRepository } from '../../model-store/server-model.repository.js';
import type { VirtualHostRow } from '../../platform/database/rows.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { Page } from '../../platform/http/pagination/index.js';
import type {
  CreateVirtualHost,
  ProcessGroupMapBody,
  StoredProcessGroupMap,
  TenantVirtualHostDto,
  UpdateVirtualHost,
  VirtualHostDto,
  VirtualHostListQuery,
} from './virtual-host.dto.js';
import { presentVirtualHost, presentVirtualHostToTenant } from './virtual-host.presenter.js';
import { VirtualHostRepository } from './virtual-host.repository.js';
import type { Transaction } from '../../platform/database/database.js';
import { assertIfMatch } from '../../platform/http/etag/representation-etag.js';

const TARGET = 'virtual-host';

@Injectable()
export class VirtualHostService {
  constructor(
    private readonly vhosts: VirtualHostRepository,
    private readonly models: ServerModelRepository,
    private readonly writes: ModelWriteService,
    private readonly audit: AuditEventRepository,
  ) {}

  async list(serverId: string, query: VirtualHostListQuery): Promise<Page<VirtualHostDto>> {
    if (!(await this.models.serverExists(serverId))) {
      throw new AppError('NOT_FOUND', `Server ${serverId} does not exist.`);
    }
    return this.vhosts.listVirtualHostsOfServer(serverId, query, presentVirtualHost);
  }

  /** Admins: the full record. A tenant: the tenant view, only of a vhost holding one of its directories. */
  async get(principal: Principal, id: string): Promise<VirtualHostDto | TenantVirtualHostDto> {
    const scope = tenantScopeOf(principal);
    const row = await this.vhosts.findVirtualHostInScope(id, scope);
    if (row === null) throw notFound(id);
    return scope.kind === 'admin' ? presentVirtualHost(row) : presentVirtualHostToTenant(row);
  }

  async getProcessGroupMap(principal: Principal, id: string): Promise<StoredProcessGroupMap> {
    const map = presentVirtualHost(await this.findForAdmin(principal, id)).processGroupMap;
    if (map === null) throw new AppError('NOT_FOUND', `Virtual host ${id} has no process-group map.`);
    return map;
  }

  create(principal: Principal, serverId: string, body: CreateVirtualHost): Promise<VirtualHostDto> {
    const vhost: VirtualHost = {
      id: randomUUID(),
      serverName: body.serverName,
      serverAliases: body.serverAliases ?? [],
      addresses: body.addresses,
      documentRoot: body.documentRoot ?? null,
      processGroup: body.processGroup ?? null,
      applicationGroup: body.applicationGroup ?? null,
      restrictProcess: body.restrictProcess ?? null,
      env: body.env ?? {},
      processGroupMap: null,
    };
    return this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, serverId);
      assertModelValid({ ...model, virtualHosts: [...model.virtualHosts, vhost] });
      const created = presentVirtualHost(await this.vhosts.createVirtualHost(tx, serverId, vhost));
      await this.audit.record(tx, {
        principal,
        action: 'virtual-host.create',
        targetType: TARGET,
        targetId: vhost.id,
        serverId,
        after: created,
      });
      return created;
    });
  }

  update(
    principal: Principal,
    id: string,
    patch: UpdateVirtualHost,
    ifMatch?: string,
  ): Promise<VirtualHostDto> {
    return this.change(
      principal,
      id,
      'virtual-host.update',
      (current) => ({ ...current, ...definedFields(patch) }),
      ifMatch,
    );
  }

  async putProcessGroupMap(
    principal: Principal,
    id: string,
    body: ProcessGroupMapBody,
  ): Promise<StoredProcessGroupMap> {
    const map: ProcessGroupMap = {
      variable: body.variable,
      fallback: body.fallback,
      entries: body.entries,
      ...(body.format === 'dbm' ? { format: 'dbm' as const } : {}),
    };
    const dto = await this.change(principal, id, 'virtual-host.process-group-map.put', (current) => ({
      ...current,
      processGroupMap: map,
    }));
    return dto.processGroupMap ?? { ...map, format: map.format ?? 'txt' };
  }

  /** 409 while directories or vhost-scoped daemon groups still live in it. */
  async delete(principal: Principal, id: string, ifMatch?: string): Promise<void> {
    const { serverId } = await this.findForAdmin(principal, id);
    await this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, serverId);
      const before = requireIn(model.virtualHosts, id, 'Virtual host');
      await this.assertIfMatch(tx, id, ifMatch);
      const usedBy: Usage[] = [
        ...model.directories
          .filter((d) => d.virtualHostId === id)
          .map((d) => ({ type: 'directory', id: d.id })),
        ...model.daemonGroups
          .filter((g) => g.virtualHostId === id)
          .map((g) => ({ type: 'daemon-group', id: g.id, field: 'virtualHostId' })),
      ];
      if (usedBy.length > 0) throw inUseError(`Virtual host ${id}`, usedBy);
      assertModelValid({ ...model, virtualHosts: removeFrom(model.virtualHosts, id) });
      await this.vhosts.deleteVirtualHost(tx, id);
      await this.audit.record(tx, {
        principal,
        action: 'virtual-host.delete',
        targetType: TARGET,
        targetId: id,
        serverId,
        before,
      });
    });
  }

  /** An edit of one vhost of its server (PATCH, PUT of the process-group map). */
  private async change(
    principal: Principal,
    id: string,
    action: string,
    edit: (current: VirtualHost) => VirtualHost,
    ifMatch?: string,
  ): Promise<VirtualHostDto> {
    const { serverId } = await this.findForAdmin(principal, id);
    return this.writes.transaction(async (tx) => {
      const model = await this.writes.lockAndLoad(tx, serverId);
      const before = requireIn(model.virtualHosts, id, 'Virtual host');
      await this.assertIfMatch(tx, id, ifMatch);
      const vhost = edit(before);
      assertModelValid({ ...model, virtualHosts: replaceIn(model.virtualHosts, vhost) });
      const updated = presentVirtualHost(await this.vhosts.updateVirtualHost(tx, serverId, vhost));
      await this.audit.record(tx, {
        principal,
        action,
        targetType: TARGET,
        targetId: id,
        serverId,
        before,
        after: updated,
      });
      return updated;
    });
  }

  /** 412 unless If-Match (when sent) names the vhost's current (admin) ETag; called with the server locked. */
  private async assertIfMatch(tx: Transaction, id: string, ifMatch: string | undefined): Promise<void> {
    if (ifMatch === undefined) return;
    const row = await this.vhosts.findVirtualHostUnderLock(tx, id);
    if (row === null) throw notFound(id);
    assertIfMatch(ifMatch, presentVirtualHost(row));
  }

  /** 404 unless the caller can see the vhost (like GET), then 403 unless the caller is an admin. */
  private async findForAdmin(principal: Principal, id: string): Promise<VirtualHostRow> {
    const scope = tenantScopeOf(principal);
    const row = await this.vhosts.findVirtualHostInScope(id, scope);
    if (row === null) throw notFound(id);
    requireAdminScope(scope);
    return row;
  }
}

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `Virtual host ${id} does not exist.`);
}
